package org.kanbao.tags;

/** The general cleaning rules every tag name passes, automatic or typed by the user's gazetteer. */
public final class TagNames {
    private TagNames() {
    }

    /**
     * Whether an automatic tag may carry this name: two characters or more, not only digits or signs,
     * not boilerplate (记者, 本报讯, 我市, 今年) and not a sentence fragment (为企业, 一名社区, 党建为).
     */
    public static boolean acceptable(String name) {
        return acceptable(name, false);
    }

    /** As {@link #acceptable(String)}; a person's name may start or end with any character (于洋, 林中一). */
    public static boolean acceptable(String name, boolean person) {
        if (name == null) return false;
        String n = name.strip();
        if (n.length() < 2 || n.length() > 30) return false;
        boolean letter = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Lexicon.isHan(c) || Character.isLetter(c)) letter = true;
        }
        if (!letter || Character.isDigit(n.charAt(0))) return false;
        if (n.chars().filter(c -> Lexicon.isHan((char) c)).count() == 1 && n.chars().noneMatch(Character::isLetterOrDigit)) return false;
        if (Lexicon.BOILERPLATE.contains(n)) return false;
        if (!person && (Lexicon.startsWithFunction(n) || Lexicon.endsWithFunction(n))) return false;
        return true;
    }

    /** 平湖市 → 平湖, 浙江省 → 浙江; a one-character stem keeps its suffix (沙市). */
    public static String dropAdminSuffix(String place) {
        for (String s : Lexicon.DROPPABLE_PLACE_SUFFIXES) {
            if (place.endsWith(s) && place.length() - s.length() >= 2) {
                String stem = place.substring(0, place.length() - s.length());
                // 经济技术开发区所在市 etc. never reach here; only a plain stem is cut
                if (Lexicon.allHan(stem)) return stem;
            }
        }
        return place;
    }

    /** Trims and collapses inner white space (the page pads 陆 超 to align columns). */
    public static String clean(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", "").strip();
    }
}
