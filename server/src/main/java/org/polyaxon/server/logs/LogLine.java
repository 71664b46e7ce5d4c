package org.polyaxon.server.logs;

/**
 * One line of a run's log as followers send it.
 *
 * @param text the line without its line feed, decoded as UTF-8 (malformed bytes replaced)
 * @param endOffset the byte offset in the log file just after the line and its line feed: where a
 *     client that got this line resumes
 */
public record LogLine(String text, long endOffset) {}
