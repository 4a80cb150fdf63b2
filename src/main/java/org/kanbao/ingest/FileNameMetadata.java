package org.kanbao.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date and page number from names like 2023-11-16_01.txt, 20191008-01.pdf, pd-20191008-A-p01.txt. */
public final class FileNameMetadata {
    private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");
    private static final Pattern PAGE = Pattern.compile("(?i)(?:[-_]p?|[-_]page)(\\d{1,3})(?=\\.[a-z]+$|$)");

    private FileNameMetadata() {
    }

    public static ImportHints read(String fileName) {
        LocalDate date = null;
        Integer page = null;
        Matcher m = DATE.matcher(fileName);
        int dateEnd = -1;
        if (m.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                dateEnd = m.end();
            } catch (DateTimeException ignored) {
                // not a date after all
            }
        }
        Matcher p = PAGE.matcher(fileName);
        while (p.find()) {
            if (p.start() >= dateEnd) {
                page = Integer.parseInt(p.group(1));
            }
        }
        return new ImportHints(null, date, page);
    }
}
