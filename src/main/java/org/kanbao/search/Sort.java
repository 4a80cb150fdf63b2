package org.kanbao.search;

/** Result order: best match first, newest edition first, or oldest edition first. */
public enum Sort { RANK, DATE, OLDEST }
