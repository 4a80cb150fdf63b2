package org.kanbao.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons by name (see materialdesignicons.com; Ikonli prefixes them "mdi2" + first letter). */
public final class Icons {
    public static final String IMPORT = "mdi2f-file-import-outline";
    public static final String EXPORT = "mdi2f-file-pdf-box";
    public static final String SEARCH = "mdi2m-magnify";
    public static final String ZOOM_IN = "mdi2m-magnify-plus-outline";
    public static final String ZOOM_OUT = "mdi2m-magnify-minus-outline";
    public static final String FIT_PAGE = "mdi2f-fit-to-page-outline";
    public static final String FIT_WIDTH = "mdi2a-arrow-expand-horizontal";
    public static final String PREV = "mdi2c-chevron-left";
    public static final String NEXT = "mdi2c-chevron-right";
    public static final String THEME = "mdi2t-theme-light-dark";
    public static final String FONT_UP = "mdi2f-format-font-size-increase";
    public static final String FONT_DOWN = "mdi2f-format-font-size-decrease";
    public static final String TAG_ADD = "mdi2t-tag-plus";
    public static final String TAG = "mdi2t-tag-outline";
    public static final String TAGS = "mdi2t-tag-multiple-outline";
    public static final String CLOSE = "mdi2c-close";
    public static final String CHECKED = "mdi2c-checkbox-marked-outline";
    public static final String UNCHECKED = "mdi2c-checkbox-blank-outline";
    public static final String PAPER = "mdi2n-newspaper-variant-outline";
    public static final String LOCK = "mdi2l-lock-outline";
    public static final String PAGE = "mdi2f-file-document-outline";
    public static final String UNPLACED = "mdi2a-alert-circle-outline";

    private Icons() {
    }

    public static FontIcon of(String name) {
        FontIcon i = new FontIcon(name);
        i.getStyleClass().add("icon");
        return i;
    }
}
