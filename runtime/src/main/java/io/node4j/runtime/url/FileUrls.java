package io.node4j.runtime.url;

/** The file: URL of an absolute POSIX path, escaped as url.pathToFileURL escapes it. */
public final class FileUrls {
    private FileUrls() {
    }

    /** pathToFileURL's set: the path percent-encode set and '%', '\\', '[', ']', '|', '~'. */
    private static final boolean[] FILE_PATH = PercentEncoding.set(PercentEncoding.PATH, "%\\[]|~");

    public static String of(String absolutePath) {
        return "file://" + PercentEncoding.encode(absolutePath, FILE_PATH);
    }
}
