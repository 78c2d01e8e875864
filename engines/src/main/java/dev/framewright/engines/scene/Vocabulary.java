package dev.framewright.engines.scene;

import dev.framewright.engines.scene.ScenePrompt.Setting;
import dev.framewright.engines.scene.ScenePrompt.TimeOfDay;
import dev.framewright.engines.scene.ScenePrompt.Weather;
import java.util.Set;

/** The mood words of prompts: time of day, setting and weather. */
final class Vocabulary {
    private Vocabulary() {}

    static TimeOfDay time(String w) {
        return switch (w) {
            case "sunset", "sunrise", "dusk", "dawn", "evening", "twilight" -> TimeOfDay.SUNSET;
            case "night",
                    "midnight",
                    "moon",
                    "moonlit",
                    "moonlight",
                    "starry",
                    "stars",
                    "galaxy",
                    "space",
                    "nocturnal" -> TimeOfDay.NIGHT;
            case "day", "noon", "morning", "sunny", "daylight", "afternoon" -> TimeOfDay.DAY;
            default -> null;
        };
    }

    static Setting setting(String w) {
        return switch (w) {
            case "forest", "forests", "woods", "woodland", "jungle", "grove" -> Setting.FOREST;
            case "ocean", "sea", "beach", "coast", "shore", "lake", "waves", "harbor", "harbour", "island", "bay" ->
                Setting.OCEAN;
            case "city",
                    "skyline",
                    "town",
                    "street",
                    "urban",
                    "downtown",
                    "skyscraper",
                    "skyscrapers",
                    "buildings",
                    "metropolis" -> Setting.CITY;
            case "desert", "dunes", "dune", "sand", "sahara", "canyon", "cactus" -> Setting.DESERT;
            case "snow", "snowy", "winter", "ice", "icy", "frozen", "arctic", "glacier", "polar" -> Setting.SNOW;
            case "mountain", "mountains", "peaks", "peak", "alps", "alpine", "summit", "volcano" -> Setting.MOUNTAINS;
            case "meadow", "hills", "field", "fields", "countryside", "valley", "garden", "farm" -> Setting.HILLS;
            default -> null;
        };
    }

    static Weather weather(String w) {
        return switch (w) {
            case "cloud", "clouds", "cloudy", "overcast" -> Weather.CLOUDY;
            case "rain", "rainy", "raining", "storm", "stormy", "thunderstorm", "drizzle" -> Weather.RAIN;
            case "snowing", "snowfall", "blizzard", "snowflakes", "flurries" -> Weather.SNOWFALL;
            case "fog", "foggy", "mist", "misty", "haze", "hazy" -> Weather.FOG;
            default -> Weather.CLEAR;
        };
    }

    /** A setting implied by the subjects when the prompt names none. */
    static Setting settingFor(Set<Subject> subjects) {
        if (subjects.contains(Subject.BOAT)
                || subjects.contains(Subject.LIGHTHOUSE)
                || subjects.contains(Subject.FISH)) {
            return Setting.OCEAN;
        }
        if (subjects.contains(Subject.MOUNTAIN)) {
            return Setting.MOUNTAINS;
        }
        if (subjects.contains(Subject.CAR) && subjects.size() == 1) {
            return Setting.CITY;
        }
        if (subjects.contains(Subject.TREE) && !subjects.contains(Subject.HOUSE)) {
            return Setting.FOREST;
        }
        return Setting.HILLS;
    }
}
