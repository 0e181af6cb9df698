package io.node4j.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Node's command line, as far as node4j supports it: {@code [options] [script | -e code | -p code] [args]}.
 * Options after the script (or after {@code --}) belong to the script.
 *
 * @param action      what to do
 * @param code        the code of {@code -e}/{@code -p}
 * @param script      the script path, as typed
 * @param scriptArgs  arguments after the script (or after the code of -e/-p)
 * @param execArgv    the options node4j consumed, for process.execArgv
 * @param error       for {@link Action#BAD_OPTION}: Node's message, e.g. "bad option: --frobnicate"
 */
public record CommandLine(Action action, String code, String script, List<String> scriptArgs,
                          List<String> execArgv, String error) {

    public enum Action { RUN_SCRIPT, EVAL, PRINT, VERSION, HELP, STDIN, BAD_OPTION }

    /**
     * Node options node4j honours that take no value (names with '-'; Node also accepts '_').
     * lib/internal/options.js gives them their effect.
     */
    private static final Set<String> FLAGS = Set.of("--expose-gc", "--no-warnings", "--no-deprecation",
            "--throw-deprecation", "--trace-deprecation", "--pending-deprecation", "--trace-warnings", "--experimental-strip-types",
            "--no-experimental-strip-types", "--enable-source-maps", "--report-compact",
            "--report-on-fatalerror", "--report-uncaught-exception", "--report-on-signal",
            "--report-exclude-network", "--report-exclude-env", "--cpu-prof");

    /**
     * Node options that take a value ({@code --name=value} or {@code --name value}) and that node4j
     * honours, or that tune V8's heap and stack and have no meaning on the JVM (accepted, as the
     * programs that pass them must still run; the JVM's own -Xmx/-Xss apply).
     */
    private static final Set<String> VALUED = Set.of("--require", "-r", "--env-file",
            "--env-file-if-exists", "--unhandled-rejections", "--stack-trace-limit", "--title",
            "--disable-warning", "--max-old-space-size", "--max-semi-space-size", "--stack-size",
            "--input-type", "--import", "--report-dir", "--report-directory", "--report-filename",
            "--report-signal", "--cpu-prof-dir", "--cpu-prof-name", "--cpu-prof-interval");

    private static final Set<String> REJECTION_MODES = Set.of("throw", "strict", "warn",
            "warn-with-error-code", "none");

    private static final Set<String> INPUT_TYPES = Set.of("module", "commonjs", "module-typescript",
            "commonjs-typescript");

    /** The option's name as looked up: Node treats '_' and '-' alike in option names. */
    private static String canonicalName(String arg) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        return name.startsWith("--") ? "--" + name.substring(2).replace('_', '-') : name;
    }

    public static CommandLine parse(List<String> args) {
        List<String> execArgv = new ArrayList<>();
        Action action = null;
        String code = null;
        int i = 0;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                execArgv.add(arg);
                i++;
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            execArgv.add(arg);
            switch (arg) {
                case "-v", "--version" -> {
                    return simple(Action.VERSION, execArgv);
                }
                case "-h", "--help" -> {
                    return simple(Action.HELP, execArgv);
                }
                case "-e", "--eval", "-p", "--print", "-pe", "-ep" -> {
                    boolean print = arg.contains("p");
                    if (i + 1 >= args.size()) {
                        return bad(execArgv, arg + " requires an argument");
                    }
                    code = args.get(++i);
                    execArgv.add(code);
                    action = print ? Action.PRINT : (action == Action.PRINT ? Action.PRINT : Action.EVAL);
                }
                default -> {
                    String name = canonicalName(arg);
                    if (arg.startsWith("--eval=") || arg.startsWith("--print=")) {
                        code = arg.substring(arg.indexOf('=') + 1);
                        action = arg.startsWith("--print=") ? Action.PRINT : Action.EVAL;
                    } else if (FLAGS.contains(name) && name.length() == arg.length()) {
                        // a flag: nothing more to take
                    } else if (VALUED.contains(name)) {
                        String value;
                        if (arg.contains("=")) {
                            value = arg.substring(arg.indexOf('=') + 1);
                        } else {
                            if (i + 1 >= args.size()) {
                                return bad(execArgv, arg + " requires an argument");
                            }
                            value = args.get(++i);
                            execArgv.add(value);
                        }
                        if (name.equals("--unhandled-rejections") && !REJECTION_MODES.contains(value)) {
                            return bad(execArgv, "invalid value for --unhandled-rejections");
                        }
                        if (name.equals("--input-type") && !INPUT_TYPES.contains(value)) {
                            return bad(execArgv, "--input-type must be \"module\",\"commonjs\", "
                                    + "\"module-typescript\" or \"commonjs-typescript\"");
                        }
                    } else {
                        return bad(execArgv, "bad option: " + arg);
                    }
                }
            }
        }
        List<String> rest = List.copyOf(args.subList(i, args.size()));
        if (!has(execArgv, "--cpu-prof")) {
            for (String option : List.of("--cpu-prof-dir", "--cpu-prof-name", "--cpu-prof-interval")) {
                if (value(execArgv, option) != null) {
                    return bad(execArgv, option + " must be used with --cpu-prof");
                }
            }
        }
        if (action != null) {
            return new CommandLine(action, code, null, rest, List.copyOf(execArgv), null);
        }
        if (rest.isEmpty() || rest.getFirst().equals("-")) {
            List<String> scriptArgs = rest.isEmpty() ? rest : rest.subList(1, rest.size());
            return new CommandLine(Action.STDIN, null, null, scriptArgs, List.copyOf(execArgv), null);
        }
        return new CommandLine(Action.RUN_SCRIPT, null, rest.getFirst(), rest.subList(1, rest.size()),
                List.copyOf(execArgv), null);
    }

    /** Whether the Node flag {@code name} was given. */
    public boolean has(String name) {
        return has(execArgv, name);
    }

    /** The value last given to the Node option {@code name} ({@code --name=v} or {@code --name v}), or null. */
    public String value(String name) {
        return value(execArgv, name);
    }

    private static boolean has(List<String> execArgv, String name) {
        for (String arg : execArgv) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--") && canonicalName(arg).equals(name) && !arg.contains("=")) {
                return true;
            }
        }
        return false;
    }

    private static String value(List<String> execArgv, String name) {
        String found = null;
        for (int i = 0; i < execArgv.size(); i++) {
            String arg = execArgv.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("--") || !canonicalName(arg).equals(name)) {
                continue;
            }
            if (arg.contains("=")) {
                found = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < execArgv.size()) {
                found = execArgv.get(++i);
            }
        }
        return found;
    }

    private static CommandLine simple(Action action, List<String> execArgv) {
        return new CommandLine(action, null, null, List.of(), List.copyOf(execArgv), null);
    }

    private static CommandLine bad(List<String> execArgv, String message) {
        return new CommandLine(Action.BAD_OPTION, null, null, List.of(), List.copyOf(execArgv), message);
    }
}
