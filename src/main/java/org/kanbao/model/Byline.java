package org.kanbao.model;

import java.util.List;

/** One credit line: a role such as 记者, 通讯员 or 摄影 ("" for a pen name) and its names. */
public record Byline(String role, List<String> names) {
    public Byline {
        role = role == null ? "" : role;
        names = names == null ? List.of() : List.copyOf(names);
    }
}
