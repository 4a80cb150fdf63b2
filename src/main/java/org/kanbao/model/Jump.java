package org.kanbao.model;

/** A printed jump line: 下转第N版 ({@code TO}) or 上接第N版 ({@code FROM}). */
public record Jump(Direction direction, int page) {
    public enum Direction {
        TO, FROM;

        public String code() {
            return this == TO ? "to" : "from";
        }

        public static Direction fromCode(String code) {
            return "from".equals(code) ? FROM : TO;
        }
    }
}
