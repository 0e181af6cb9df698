package io.node4j.agent;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodElement;
import java.lang.classfile.MethodModel;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * Gives some of GraalJS's most common errors V8's wording, which programs print and tests compare:
 * "Cannot read properties of undefined (reading 'x')" and "Cannot set properties of null (setting
 * 'x')", where GraalJS says "Cannot read property 'x' of undefined", and JSON.parse's refusals
 * ("Unexpected token '<', "<!DOCTYPE "... is not valid JSON"). The engine builds these messages in
 * {@code com.oracle.truffle.js.runtime.Errors} and its JSON parser, which have no hook; this agent
 * (started by the launcher with {@code -javaagent}) rewrites those methods as the classes load to call
 * {@link io.node4j.runtime.EngineMessages}. Everything else about them stays: the rewritten methods
 * keep their annotations (Truffle's boundary among them) and signatures.
 */
public final class EngineMessagesAgent {
    private EngineMessagesAgent() {}

    private static final String ERRORS = "com/oracle/truffle/js/runtime/Errors";
    private static final ClassDesc OBJECT = ClassDesc.of("java.lang.Object");
    private static final ClassDesc NODE = ClassDesc.of("com.oracle.truffle.api.nodes.Node");
    private static final ClassDesc JS_EXCEPTION = ClassDesc.of("com.oracle.truffle.js.runtime.JSException");
    private static final ClassDesc MESSAGES = ClassDesc.of("io.node4j.runtime.EngineMessages");
    static final MethodTypeDesc GET = MethodTypeDesc.of(JS_EXCEPTION, OBJECT, OBJECT, java.lang.constant.ConstantDescs.CD_boolean, NODE);
    static final MethodTypeDesc SET = MethodTypeDesc.of(JS_EXCEPTION, OBJECT, OBJECT, NODE);
    static final MethodTypeDesc KEY_NODE = MethodTypeDesc.of(JS_EXCEPTION, OBJECT, NODE);
    private static final ClassDesc STRING = ClassDesc.of("java.lang.String");
    static final MethodTypeDesc TRANSLATE = MethodTypeDesc.of(STRING, STRING);
    private static final String JSON_PARSER = "com/oracle/truffle/js/builtins/json/TruffleJSONParser";
    private static final ClassDesc TSTRING = ClassDesc.of("com.oracle.truffle.api.strings.TruffleString");
    private static final ClassDesc REALM = ClassDesc.of("com.oracle.truffle.js.runtime.JSRealm");
    static final MethodTypeDesc PARSE = MethodTypeDesc.of(OBJECT, TSTRING, REALM);
    static final MethodTypeDesc JSON_ERROR = MethodTypeDesc.of(ClassDesc.of("java.lang.RuntimeException"),
            ClassDesc.of("com.oracle.truffle.js.runtime.JSException"), TSTRING);

    public static void premain(String args, Instrumentation instrumentation) {
        instrumentation.addTransformer(new ClassFileTransformer() {
            @Override
            public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                    ProtectionDomain domain, byte[] bytes) {
                if (!ERRORS.equals(className) && !JSON_PARSER.equals(className)) {
                    return null;
                }
                try {
                    // The engine's module must read ours (the unnamed one) to link the new calls.
                    instrumentation.redefineModule(module, java.util.Set.of(loader.getUnnamedModule()),
                            java.util.Map.of(), java.util.Map.of(), java.util.Set.of(), java.util.Map.of());
                    return ERRORS.equals(className) ? rewrite(bytes) : wrapJsonParse(bytes, loader);
                } catch (Throwable t) {
                    // The engine's own wording is the fallback: never fail its class loading.
                    return null;
                }
            }
        });
    }

    static byte[] rewrite(byte[] bytes) {
        ClassFile classFile = ClassFile.of();
        java.lang.classfile.ClassModel model = classFile.parse(bytes);
        ClassDesc self = model.thisClass().asSymbol();
        ClassTransform transform = (builder, element) -> {
            if (element instanceof MethodModel method && translator(method) != null) {
                // The engine's own factory stays as NAME$engine; NAME first has its message translated.
                String name = method.methodName().stringValue();
                MethodTypeDesc type = method.methodTypeSymbol();
                builder.withMethod(name + "$engine", type, method.flags().flagsMask(), mb -> {
                    for (MethodElement e : method) {
                        mb.with(e);
                    }
                });
                builder.withMethod(name, type, method.flags().flagsMask(), mb -> {
                    for (MethodElement e : method) {
                        if (!(e instanceof CodeModel)) {
                            mb.with(e);
                        }
                    }
                    mb.withCode(code -> {
                        code.aload(0).invokestatic(MESSAGES, translator(method), TRANSLATE);
                        for (int slot = 1, i = 1; i < type.parameterCount(); i++) {
                            java.lang.classfile.TypeKind kind = java.lang.classfile.TypeKind.from(type.parameterType(i));
                            code.loadLocal(kind, slot);
                            slot += kind.slotSize();
                        }
                        code.invokestatic(self, name + "$engine", type);
                        code.areturn();
                    });
                });
            } else if (element instanceof MethodModel method && replacement(method) != null) {
                String target = replacement(method);
                builder.withMethod(method.methodName(), method.methodType(), method.flags().flagsMask(), mb -> {
                    for (MethodElement e : method) {
                        if (!(e instanceof CodeModel)) {
                            mb.with(e);
                        }
                    }
                    mb.withCode(code -> {
                        MethodTypeDesc type = method.methodTypeSymbol();
                        for (int slot = 0, i = 0; i < type.parameterCount(); i++) {
                            code.loadLocal(java.lang.classfile.TypeKind.from(type.parameterType(i)), slot);
                            slot += java.lang.classfile.TypeKind.from(type.parameterType(i)).slotSize();
                        }
                        code.invokestatic(MESSAGES, target, type);
                        code.areturn();
                    });
                });
            } else {
                builder.with(element);
            }
        };
        return classFile.transformClass(model, transform);
    }

    /**
     * TruffleJSONParser.parse(text, realm) becomes a wrapper of the engine's own (renamed parse$engine)
     * that hands a refusal to EngineMessages.jsonParseError, which words it as V8 does.
     */
    static byte[] wrapJsonParse(byte[] bytes, ClassLoader loader) {
        ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                java.lang.classfile.ClassHierarchyResolver.defaultResolver()
                        .orElse(java.lang.classfile.ClassHierarchyResolver.ofResourceParsing(loader))));
        java.lang.classfile.ClassModel model = classFile.parse(bytes);
        ClassDesc self = model.thisClass().asSymbol();
        ClassTransform transform = (builder, element) -> {
            if (element instanceof MethodModel method && method.methodName().equalsString("parse")
                    && method.methodTypeSymbol().equals(PARSE)) {
                builder.withMethod("parse$engine", method.methodTypeSymbol(), method.flags().flagsMask(), mb -> {
                    for (MethodElement e : method) {
                        mb.with(e);
                    }
                });
                builder.withMethod(method.methodName(), method.methodType(), method.flags().flagsMask(), mb -> {
                    for (MethodElement e : method) {
                        if (!(e instanceof CodeModel)) {
                            mb.with(e);
                        }
                    }
                    mb.withCode(code -> {
                        java.lang.classfile.Label start = code.newLabel();
                        java.lang.classfile.Label end = code.newLabel();
                        java.lang.classfile.Label handler = code.newLabel();
                        code.labelBinding(start);
                        code.aload(0).aload(1).aload(2).invokevirtual(self, "parse$engine", PARSE);
                        code.labelBinding(end);
                        code.areturn();
                        code.labelBinding(handler);
                        code.aload(1).invokestatic(MESSAGES, "jsonParseError", JSON_ERROR).athrow();
                        code.exceptionCatch(start, end, handler, JS_EXCEPTION);
                    });
                });
            } else {
                builder.with(element);
            }
        };
        return classFile.transformClass(model, transform);
    }

    /** The engine's error factories redirected, by name and type, to EngineMessages' methods of the same type. */
    private static final java.util.Map<String, String> REDIRECTS = java.util.Map.of(
            "createTypeErrorCannotGetProperty" + GET.descriptorString(), "cannotGetProperty",
            "createTypeErrorCannotSetProperty" + SET.descriptorString(), "cannotSetProperty",
            "createReferenceErrorNotDefined" + KEY_NODE.descriptorString(), "notDefined",
            "createTypeErrorConstReassignment" + KEY_NODE.descriptorString(), "constReassignment",
            "createTypeErrorInvalidInstanceofTarget" + KEY_NODE.descriptorString(), "invalidInstanceofTarget");

    /** The engine's message-taking factories whose messages EngineMessages translates, by name. */
    private static String translator(MethodModel method) {
        MethodTypeDesc type = method.methodTypeSymbol();
        if (type.parameterCount() == 0 || !type.parameterType(0).equals(STRING) || !type.returnType().equals(JS_EXCEPTION)) {
            return null;
        }
        return switch (method.methodName().stringValue()) {
            case "createTypeError" -> "typeErrorMessage";
            case "createRangeError" -> "rangeErrorMessage";
            case "createURIError" -> "uriErrorMessage";
            case "createSyntaxError" -> "syntaxErrorMessage";
            default -> null;
        };
    }

    private static String replacement(MethodModel method) {
        return REDIRECTS.get(method.methodName().stringValue() + method.methodTypeSymbol().descriptorString());
    }
}
