package org.kanbao.model;

/** One block of an article body, in reading order: a paragraph or an in-body subhead (小标题). */
public record BodyBlock(Type type, String text) {
    public enum Type {
        PARAGRAPH("p"), SUBHEAD("subhead");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Type fromCode(String code) {
            return "subhead".equals(code) ? SUBHEAD : PARAGRAPH;
        }
    }

    public BodyBlock {
        type = type == null ? Type.PARAGRAPH : type;
        text = text == null ? "" : text;
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Type.PARAGRAPH, text);
    }

    public static BodyBlock subhead(String text) {
        return new BodyBlock(Type.SUBHEAD, text);
    }
}
