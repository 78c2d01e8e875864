package dev.framewright.server.console;

import static dev.framewright.server.console.ConsolePages.option;
import static dev.framewright.server.http.Html.escape;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The playground's form controls, one per request field of the contract ({@link ToolForms}): the
 * input that fits the field's type and limits, its label and its help text (the schema's description
 * plus its limits in words), wired with {@code aria-describedby}. Every dynamic value goes through
 * {@link dev.framewright.server.http.Html#escape}.
 */
final class FormFieldHtml {
    private FormFieldHtml() {}

    static void field(StringBuilder b, ToolForms.Field f, String prefix) {
        String name = prefix + f.name();
        String id = "f-" + name.replace('.', '-');
        String help = help(f);
        switch (f.kind()) {
            case OBJECT -> {
                b.append("<fieldset class=\"group\" data-kind=\"object\" data-name=\"")
                        .append(escape(name))
                        .append("\"><legend>")
                        .append(escape(f.label()))
                        .append("</legend>\n");
                if (help != null) {
                    b.append("<p class=\"help\">").append(escape(help)).append("</p>\n");
                }
                b.append("<div class=\"row\">");
                for (ToolForms.Field c : f.children()) {
                    // the members are needed only together: the object itself is optional
                    field(b, c.optional(), name + ".");
                }
                b.append("</div></fieldset>\n");
                return;
            }
            case BOOLEAN -> {
                b.append("<div class=\"field check\"><input type=\"checkbox\" id=\"")
                        .append(id)
                        .append("\" name=\"")
                        .append(escape(name))
                        .append("\" data-kind=\"boolean\"");
                describedBy(b, id, help);
                b.append("><label for=\"")
                        .append(id)
                        .append("\">")
                        .append(escape(f.label()))
                        .append("</label>");
                helpText(b, id, help);
                b.append("</div>\n");
                return;
            }
            default -> {}
        }
        b.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(escape(f.label()));
        if (f.required()) {
            b.append(" <span class=\"req\">(required)</span>");
        }
        b.append("</label>\n");
        String common = " id=\"" + id + "\" name=\"" + escape(name) + "\" data-kind=\""
                + f.kind().name().toLowerCase(Locale.ROOT) + "\"" + (f.required() ? " required" : "");
        switch (f.kind()) {
            case TEXTAREA, PAIRS -> {
                b.append("<textarea rows=\"")
                        .append(f.kind() == ToolForms.Kind.PAIRS ? 3 : 4)
                        .append('"');
                b.append(common);
                if (f.maxLength() != null) {
                    b.append(" maxlength=\"").append(f.maxLength()).append('"');
                }
                if (f.kind() == ToolForms.Kind.PAIRS) {
                    b.append(" data-keys=\"")
                            .append(escape(String.join(
                                    ",",
                                    f.children().stream()
                                            .map(ToolForms.Field::name)
                                            .toList())))
                            .append('"');
                }
                describedBy(b, id, help);
                b.append("></textarea>\n");
            }
            case INTEGER, NUMBER -> {
                b.append("<input type=\"number\"").append(common);
                b.append(" step=\"")
                        .append(f.kind() == ToolForms.Kind.INTEGER ? "1" : "any")
                        .append('"');
                b.append(" inputmode=\"")
                        .append(f.kind() == ToolForms.Kind.INTEGER ? "numeric" : "decimal")
                        .append('"');
                if (f.minimum() != null) {
                    b.append(" min=\"").append(num(f.minimum())).append('"');
                }
                if (f.maximum() != null) {
                    b.append(" max=\"").append(num(f.maximum())).append('"');
                }
                describedBy(b, id, help);
                b.append(">\n");
            }
            case ENUM -> {
                b.append("<select").append(common);
                describedBy(b, id, help);
                b.append("><option value=\"\">Default</option>");
                for (String o : f.options()) {
                    option(b, o, o);
                }
                b.append("</select>\n");
            }
            case FILE, FILES -> {
                b.append("<select")
                        .append(common)
                        .append(" data-file-type=\"")
                        .append(f.fileType())
                        .append('"');
                if (f.kind() == ToolForms.Kind.FILES) {
                    b.append(" multiple size=\"4\"");
                    if (f.maxItems() != null) {
                        b.append(" data-max-items=\"").append(f.maxItems()).append('"');
                    }
                }
                describedBy(b, id, help);
                b.append('>');
                if (f.kind() == ToolForms.Kind.FILE) {
                    b.append("<option value=\"\">Choose a")
                            .append(f.fileType().equals("IMAGE") || f.fileType().equals("AUDIO") ? "n " : " ")
                            .append(f.fileType().toLowerCase(Locale.ROOT))
                            .append(" file…</option>");
                }
                b.append("</select>\n");
            }
            case VOICE -> {
                b.append("<select").append(common).append(" data-catalogue=\"voices\"");
                describedBy(b, id, help);
                b.append("><option value=\"\">Default voice</option></select>\n");
            }
            case PRESENTER -> {
                b.append("<div class=\"presenter\"><select").append(common).append(" data-catalogue=\"presenters\"");
                describedBy(b, id, help);
                b.append("><option value=\"\">Choose a presenter…</option></select>")
                        .append("<img id=\"presenter-preview\" alt=\"\" hidden width=\"64\" height=\"64\"></div>\n");
            }
            default -> {
                b.append("<input type=\"text\"").append(common);
                if (f.maxLength() != null) {
                    b.append(" maxlength=\"").append(f.maxLength()).append('"');
                }
                describedBy(b, id, help);
                b.append(">\n");
            }
        }
        helpText(b, id, help);
        b.append("</div>\n");
    }

    /** The schema's description plus its limits, in words. */
    private static String help(ToolForms.Field f) {
        StringBuilder s = new StringBuilder();
        if (f.description() != null) {
            s.append(f.description());
        }
        List<String> limits = new java.util.ArrayList<>();
        if (f.minimum() != null
                && f.maximum() != null
                && (f.description() == null || !f.description().contains(num(f.minimum()) + "–"))) {
            limits.add(num(f.minimum()) + "–" + num(f.maximum()));
        }
        if (f.maxLength() != null) {
            limits.add("up to " + f.maxLength() + " characters");
        }
        if (f.kind() == ToolForms.Kind.FILES) {
            if (f.maxItems() != null
                    && (f.description() == null || !f.description().startsWith("Up to " + f.maxItems()))) {
                limits.add("up to " + f.maxItems() + " files");
            }
            limits.add("Ctrl- or Cmd-click to pick several");
        }
        if (f.kind() == ToolForms.Kind.PAIRS) {
            limits.add("one per line: "
                    + String.join(
                            " = ",
                            f.children().stream().map(ToolForms.Field::name).toList()));
        }
        if (!limits.isEmpty()) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append('(').append(String.join("; ", limits)).append(')');
        }
        return s.isEmpty() ? null : s.toString().replace("`", "");
    }

    private static void describedBy(StringBuilder b, String id, String help) {
        if (help != null) {
            b.append(" aria-describedby=\"").append(id).append("-help\"");
        }
    }

    private static void helpText(StringBuilder b, String id, String help) {
        if (help != null) {
            b.append("<p id=\"")
                    .append(id)
                    .append("-help\" class=\"help\">")
                    .append(escape(help))
                    .append("</p>");
        }
    }

    private static String num(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
