package org.kanbao.model;

import java.time.LocalDate;

/** One issue of one paper on one day; {@code label} tells apart several editions of a day ("" for the only one). */
public record Edition(long id, String paper, LocalDate date, String label) {
    public Edition {
        paper = paper == null ? "" : paper;
        label = label == null ? "" : label;
    }
}
