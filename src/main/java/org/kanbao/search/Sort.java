package org.kanbao.search;

/** Result order: best match first, or newest edition first. */
public enum Sort { RANK, DATE }
