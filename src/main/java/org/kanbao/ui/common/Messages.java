package org.kanbao.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words, in Chinese or English (resource bundles org/kanbao/ui/messages*.properties). */
public final class Messages {
    private static ResourceBundle bundle = load(Locale.getDefault());
    private static Locale locale = Locale.getDefault();

    private Messages() {
    }

    /** Chooses the language: "zh", "en", or null for the OS's (anything but Chinese falls back to English). */
    public static void use(String lang) {
        Locale l = lang == null || lang.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(lang.strip());
        locale = "zh".equals(l.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        bundle = load(locale);
    }

    private static ResourceBundle load(Locale l) {
        Locale pick = "zh".equals(l.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle("org.kanbao.ui.messages", pick,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    public static String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) return s;
        try {
            return new MessageFormat(s, locale).format(args);
        } catch (IllegalArgumentException e) {
            return s; // a broken translation must not blank the label it feeds
        }
    }
}
