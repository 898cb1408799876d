/*
 * Python 3.11 lexer for auditpy.
 *
 * The raw tokens of this grammar are post-processed by PythonLexerBase, which (like CPython's
 * Parser/tokenizer.c) turns line breaks into NEWLINE/INDENT/DEDENT tokens, drops line breaks inside
 * brackets and on blank lines, and reports the tokenizer's SyntaxErrors (unterminated strings, bad
 * numbers, unmatched brackets, inconsistent dedents, stray characters).
 *
 * A string literal of any kind, f-strings included, is one STRING token (prefix and quotes included);
 * its contents are decoded by StringLiterals and f-string fields are parsed by FStringParser.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT, MATCH_KW, CASE_KW }

// ---- keywords -------------------------------------------------------------------------------------
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ---- literals -------------------------------------------------------------------------------------
// Terminated string literals only: PythonLexerBase scans ahead at every quote and reports unterminated
// strings itself (with CPython's messages), so these rules never see one.
STRING
    : STRING_PREFIX? ( LONG_STRING_SQ | LONG_STRING_DQ | SHORT_STRING_SQ | SHORT_STRING_DQ )
    ;

// Numbers: the numeric value and the errors CPython's tokenizer reports for malformed literals
// (leading zeros, a letter right after the number, ...) are checked by PythonLexerBase and the AST builder.
NUMBER
    : ( DEC_INTEGER | ZERO_INTEGER | HEX_INTEGER | OCT_INTEGER | BIN_INTEGER | FLOAT_NUMBER ) [jJ]?
    | DIGIT_PART [jJ]
    ;

// ---- operators and delimiters ---------------------------------------------------------------------
ELLIPSIS      : '...';
DOT           : '.';
STAR          : '*';
OPEN_PAREN    : '(';
CLOSE_PAREN   : ')';
COMMA         : ',';
COLON         : ':';
SEMI_COLON    : ';';
POWER         : '**';
ASSIGN        : '=';
OPEN_BRACK    : '[';
CLOSE_BRACK   : ']';
OR_OP         : '|';
XOR           : '^';
AND_OP        : '&';
LEFT_SHIFT    : '<<';
RIGHT_SHIFT   : '>>';
ADD           : '+';
MINUS         : '-';
DIV           : '/';
MOD           : '%';
IDIV          : '//';
NOT_OP        : '~';
OPEN_BRACE    : '{';
CLOSE_BRACE   : '}';
LESS_THAN     : '<';
GREATER_THAN  : '>';
EQUALS        : '==';
GT_EQ         : '>=';
LT_EQ         : '<=';
NOT_EQ_1      : '<>';
NOT_EQ_2      : '!=';
AT            : '@';
ARROW         : '->';
WALRUS        : ':=';
ADD_ASSIGN    : '+=';
SUB_ASSIGN    : '-=';
MULT_ASSIGN   : '*=';
AT_ASSIGN     : '@=';
DIV_ASSIGN    : '/=';
MOD_ASSIGN    : '%=';
AND_ASSIGN    : '&=';
OR_ASSIGN     : '|=';
XOR_ASSIGN    : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN  : '**=';
IDIV_ASSIGN   : '//=';

// ---- names ----------------------------------------------------------------------------------------
NAME
    : ID_START ID_CONTINUE*
    ;

// ---- layout ---------------------------------------------------------------------------------------
NEWLINE
    : '\r'? '\n'
    | '\r'
    ;

WS
    : [ \t\f]+ -> channel(HIDDEN)
    ;

COMMENT
    : '#' ~[\r\n]* -> channel(HIDDEN)
    ;

LINE_JOIN
    : '\\' ( '\r'? '\n' | '\r' ) -> channel(HIDDEN)
    ;

// A backslash not followed by a line break: "unexpected character after line continuation character".
BAD_BACKSLASH
    : '\\'
    ;

// Anything else ('$', '?', '!', a stray quote, a non-identifier character): reported by PythonLexerBase.
ERROR_CHAR
    : .
    ;

// ---- fragments ------------------------------------------------------------------------------------
fragment STRING_PREFIX
    : [rRuUfFbB]
    | [fF] [rR]
    | [rR] [fF]
    | [bB] [rR]
    | [rR] [bB]
    ;

fragment SHORT_STRING_SQ : '\'' ( STRING_ESCAPE | ~[\\\r\n'] )* '\'';
fragment SHORT_STRING_DQ : '"' ( STRING_ESCAPE | ~[\\\r\n"] )* '"';
fragment LONG_STRING_SQ  : '\'\'\'' ( STRING_ESCAPE | ~'\\' )*? '\'\'\'';
fragment LONG_STRING_DQ  : '"""' ( STRING_ESCAPE | ~'\\' )*? '"""';

fragment STRING_ESCAPE
    : '\\' '\r' '\n'
    | '\\' .
    ;

fragment DEC_INTEGER  : NON_ZERO_DIGIT ( '_'? DIGIT )*;
fragment ZERO_INTEGER : '0' ( '_'? DIGIT )*;      // "0", "00", "0_0"; other digits are rejected later
fragment HEX_INTEGER  : '0' [xX] ( '_'? [0-9a-fA-F] )+;
fragment OCT_INTEGER  : '0' [oO] ( '_'? [0-7] )+;
fragment BIN_INTEGER  : '0' [bB] ( '_'? [01] )+;

fragment FLOAT_NUMBER
    : POINT_FLOAT
    | EXPONENT_FLOAT
    ;
fragment POINT_FLOAT
    : DIGIT_PART? FRACTION
    | DIGIT_PART '.'
    ;
fragment EXPONENT_FLOAT
    : ( DIGIT_PART | POINT_FLOAT ) EXPONENT
    ;
fragment DIGIT_PART     : DIGIT ( '_'? DIGIT )*;
fragment FRACTION       : '.' DIGIT_PART;
fragment EXPONENT       : [eE] [+-]? DIGIT_PART;
fragment NON_ZERO_DIGIT : [1-9];
fragment DIGIT          : [0-9];

fragment ID_START
    : [_\p{XID_Start}]
    ;
fragment ID_CONTINUE
    : [\p{XID_Continue}]
    ;
