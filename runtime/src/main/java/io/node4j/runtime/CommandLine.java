package io.node4j.runtime;

import java.util.ArrayList;
import java.util.List;

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
                    if (arg.startsWith("--eval=") || arg.startsWith("--print=")) {
                        code = arg.substring(arg.indexOf('=') + 1);
                        action = arg.startsWith("--print=") ? Action.PRINT : Action.EVAL;
                    } else {
                        return bad(execArgv, "bad option: " + arg);
                    }
                }
            }
        }
        List<String> rest = List.copyOf(args.subList(i, args.size()));
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

    private static CommandLine simple(Action action, List<String> execArgv) {
        return new CommandLine(action, null, null, List.of(), List.copyOf(execArgv), null);
    }

    private static CommandLine bad(List<String> execArgv, String message) {
        return new CommandLine(Action.BAD_OPTION, null, null, List.of(), List.copyOf(execArgv), message);
    }
}
