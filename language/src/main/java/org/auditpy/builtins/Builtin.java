package org.auditpy.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function or method implemented by a {@link PythonBuiltinNode} subclass.
 *
 * <p>{@link #params()} lists the parameters in CPython's text-signature style: names, {@code "/"} (the
 * preceding ones are positional-only), {@code "*"} (the following ones are keyword-only), {@code "*args"},
 * {@code "**kwargs"}; a name ending in {@code =} is optional and arrives as {@code PyNone.NO_VALUE} when not
 * passed. The node gets one child argument per parameter, in that order ({@code *args} as a tuple,
 * {@code **kwargs} as a dict).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    /** The Python name. */
    String name();

    /** Parameters (see the type's Javadoc). */
    String[] params() default {};

    /** For a type's namespace: a static method such as {@code __new__} that does not bind to instances. */
    boolean isStatic() default false;

    /** For a type's namespace: wrap in {@code classmethod} (e.g. {@code dict.fromkeys}). */
    boolean isClassMethod() default false;

    /** {@code __doc__}. */
    String doc() default "";
}
