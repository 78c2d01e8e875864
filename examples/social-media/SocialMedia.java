import dev.framewright.contract.AspectRatio;
import dev.framewright.contract.AvatarPresenter;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.GenerateAvatarRequest;
import dev.framewright.contract.GenerateImageRequest;
import dev.framewright.contract.TextToSpeechRequest;
import dev.framewright.sdk.VideoGenClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A social-media kit from one line of text, with the Java SDK: three images (a square post, a 9:16
 * story and a 16:9 banner), a narration spoken by text-to-speech, and a narrated presenter clip.
 *
 * <p>Run: {@code ./framewright example social-media "a lighthouse at dusk"} (server and key from
 * VIDEOGEN_BASE_URL and VIDEOGEN_API_KEY). Files go to {@code ./social-media-out} or OUT_DIR.
 */
public class SocialMedia {
    record Format(String name, int width, int height) {}

    public static void main(String[] args) throws Exception {
        String subject = args.length > 0 ? String.join(" ", args) : "a lighthouse at dusk";
        Path out = Path.of(System.getenv().getOrDefault("OUT_DIR", "social-media-out"));
        Files.createDirectories(out);
        VideoGenClient client = VideoGenClient.builder().build();

        List<Format> formats = List.of(
                new Format("post", 1, 1), new Format("story", 9, 16), new Format("banner", 16, 9));
        for (Format f : formats) {
            ExecutedTool image = client.tools().generateImageAndWait(new GenerateImageRequest(
                    subject, null, new AspectRatio(f.width(), f.height()), null, null, null));
            Path saved = client.files()
                    .downloadFile(image.results().get(0).file(), out.resolve(f.name() + extension(image)));
            System.out.println("image " + f.name() + " " + f.width() + ":" + f.height() + " -> " + saved);
        }

        String caption = "Today's picture: " + subject + ". Follow us for more.";
        ExecutedTool speech = client.tools().textToSpeechAndWait(
                new TextToSpeechRequest(caption, null, null, null, true, null, null, null));
        String narration = speech.results().get(0).fileId();
        Path audio = client.files().downloadFile(speech.results().get(0).file(), out.resolve("narration.mp3"));
        System.out.println("narration -> " + audio);

        AvatarPresenter presenter =
                client.resources().listAvatarPresenters().avatarPresenters().get(0);
        ExecutedTool clip = client.tools().generateAvatarAndWait(
                new GenerateAvatarRequest(presenter.avatarPresenterId(), narration, null, null, null));
        Path video = client.files().downloadFile(clip.results().get(0).file(), out.resolve("clip.mp4"));
        System.out.println("clip (" + presenter.avatarPresenterId() + ") -> " + video);
        System.out.println("social-media: OK");
    }

    private static String extension(ExecutedTool image) {
        String url = image.results().get(0).file().downloadSource().url();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return path.endsWith(".jpg") || path.endsWith(".jpeg") ? ".jpg" : path.endsWith(".webp") ? ".webp" : ".png";
    }
}
