/*
 * Python 3.11 parser for auditpy (without `async` and `await`).
 *
 * `match` and `case` are soft keywords (PEP 634): the lexer's NAME tokens, which PythonParserFacade retypes to
 * MATCH_KW where `match` begins a logical line that ends with a colon (only a match statement can) and to CASE_KW
 * where `case` does so directly inside a match statement's block. Elsewhere they stay names (`match = 1`,
 * `match(x)`), and no other statement's prediction or syntax error depends on them.
 *
 * Follows the structure of CPython's Grammar/python.gram where ANTLR allows it, but is deliberately
 * more permissive in a few places so that AstBuilder can report CPython's specific SyntaxErrors:
 * assignment targets are parsed as expressions and checked afterwards ("cannot assign to literal"),
 * call arguments and parameters are parsed in any order ("positional argument follows keyword
 * argument", "non-default argument follows default argument").
 *
 * Entry points: file_input (exec), eval_input (eval), single_input (single), fstring_input (the
 * expression of an f-string replacement field, parsed as "(" expr ")").
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ---- entry points ---------------------------------------------------------------------------------
file_input   : ( NEWLINE | stmt )* EOF ;
eval_input   : NEWLINE* star_expressions NEWLINE* EOF ;
single_input : NEWLINE* ( simple_stmts | compound_stmt NEWLINE* )? EOF ;
fstring_input: OPEN_PAREN ( yield_expr | star_expressions ) CLOSE_PAREN NEWLINE? EOF ;

// ---- statements -----------------------------------------------------------------------------------
stmt         : compound_stmt | simple_stmts ;
simple_stmts : simple_stmt ( SEMI_COLON simple_stmt )* SEMI_COLON? NEWLINE ;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_stmt
    | raise_stmt
    | pass_stmt
    | del_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    | yield_stmt
    ;

// expression statement, assignment, augmented and annotated assignment
expr_stmt
    : star_expressions
      ( COLON expression ( ASSIGN annotated_rhs )?              // annotated assignment
      | augassign annotated_rhs                                 // augmented assignment
      | ( ASSIGN annotated_rhs )+                               // (chained) assignment
      )?
    ;
annotated_rhs : yield_expr | star_expressions ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN | OR_ASSIGN
    | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
    ;

return_stmt   : RETURN star_expressions? ;
raise_stmt    : RAISE ( expression ( FROM expression )? )? ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
global_stmt   : GLOBAL NAME ( COMMA NAME )* ;
nonlocal_stmt : NONLOCAL NAME ( COMMA NAME )* ;
del_stmt      : DEL star_expressions ;
assert_stmt   : ASSERT expression ( COMMA expression )? ;
yield_stmt    : yield_expr ;

import_stmt   : import_name | import_from ;
import_name   : IMPORT dotted_as_names ;
import_from
    : FROM ( DOT | ELLIPSIS )* dotted_name IMPORT import_from_targets
    | FROM ( DOT | ELLIPSIS )+ IMPORT import_from_targets
    ;
import_from_targets
    : OPEN_PAREN import_from_as_names COMMA? CLOSE_PAREN
    | import_from_as_names
    | STAR
    ;
import_from_as_names : import_from_as_name ( COMMA import_from_as_name )* ;
import_from_as_name  : NAME ( AS NAME )? ;
dotted_as_names      : dotted_as_name ( COMMA dotted_as_name )* ;
dotted_as_name       : dotted_name ( AS NAME )? ;
dotted_name          : NAME ( DOT NAME )* ;

// ---- compound statements --------------------------------------------------------------------------
compound_stmt
    : function_def
    | if_stmt
    | class_def
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | match_stmt
    ;

block
    : NEWLINE INDENT stmt+ DEDENT
    | simple_stmts
    ;

decorators : ( AT named_expression NEWLINE )+ ;

class_def : decorators? CLASS NAME ( OPEN_PAREN arguments? CLOSE_PAREN )? COLON block ;

function_def : decorators? DEF NAME OPEN_PAREN params? CLOSE_PAREN ( ARROW expression )? COLON block ;

// Parameters in any order; AstBuilder enforces CPython's ordering rules and messages.
params : param_item ( COMMA param_item )* COMMA? ;
param_item
    : param ( ASSIGN expression )?          # plainParam
    | DIV                                   # slashParam
    | STAR param?                           # starParam
    | POWER param                           # kwParam
    ;
param : NAME ( COLON ( expression | star_expression ) )? ;

if_stmt
    : IF named_expression COLON block elif_clause* else_block?
    ;
elif_clause : ELIF named_expression COLON block ;
else_block  : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : FOR star_targets IN star_expressions COLON block else_block? ;

with_stmt
    : WITH OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN COLON block
    | WITH with_item ( COMMA with_item )* COLON block
    ;
with_item : expression ( AS star_target )? ;

try_stmt
    : TRY COLON block ( finally_block | except_block+ else_block? finally_block? )
    ;
except_block
    : EXCEPT STAR? ( expression ( COMMA expression )* COMMA? ( AS NAME )? )? COLON block
    ;
finally_block : FINALLY COLON block ;

// ---- match statement (PEP 634; CPython's match_stmt and patterns) ------------------------------
// "match" and "case" are soft keywords: NAME tokens retyped by PythonParserFacade.softKeywords. Patterns are parsed a
// little more permissively than CPython's grammar (a star anywhere in a sequence, keyword and positional
// class arguments in any order, any dotted name); AstBuilder reports CPython's SyntaxErrors for the rest.
match_stmt : MATCH_KW subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;
subject_expr : star_named_expression ( COMMA star_named_expressions? )? ;
case_block : CASE_KW patterns guard? COLON block ;
guard : IF named_expression ;

// an open sequence pattern (a, b) or a single pattern; AstBuilder tells them apart by the commas
patterns : maybe_star_pattern ( COMMA maybe_star_pattern )* COMMA? ;
maybe_star_pattern : STAR NAME | pattern ;
pattern : or_pattern ( AS NAME )? ;
or_pattern : closed_pattern ( OR_OP closed_pattern )* ;
closed_pattern
    : signed_number ( ( ADD | MINUS ) NUMBER )?                           # numberPattern
    | STRING+                                                             # stringPattern
    | NONE                                                                # nonePattern
    | TRUE                                                                # truePattern
    | FALSE                                                               # falsePattern
    | name_or_attr ( OPEN_PAREN pattern_arguments? CLOSE_PAREN )?         # namePattern
    | OPEN_PAREN patterns? CLOSE_PAREN                                    # parenPattern
    | OPEN_BRACK patterns? CLOSE_BRACK                                    # brackPattern
    | OPEN_BRACE mapping_items? CLOSE_BRACE                               # mappingPattern
    ;
signed_number : MINUS? NUMBER ;
name_or_attr : NAME ( DOT NAME )* ;
pattern_arguments : pattern_argument ( COMMA pattern_argument )* COMMA? ;
pattern_argument : NAME ASSIGN pattern | pattern ;
mapping_items : mapping_item ( COMMA mapping_item )* COMMA? ;
mapping_item
    : POWER NAME
    | ( signed_number ( ( ADD | MINUS ) NUMBER )? | STRING+ | NONE | TRUE | FALSE | NAME ( DOT NAME )+ ) COLON pattern
    ;

// ---- targets (checked by AstBuilder) --------------------------------------------------------------
star_targets : star_target ( COMMA star_target )* COMMA? ;
star_target  : STAR? bitwise_or ;

// ---- expressions ----------------------------------------------------------------------------------
star_expressions : star_expression ( COMMA star_expression )* COMMA? ;
star_expression  : STAR bitwise_or | expression ;

star_named_expressions : star_named_expression ( COMMA star_named_expression )* COMMA? ;
star_named_expression  : STAR bitwise_or | named_expression ;

named_expression : ( NAME WALRUS )? expression ;

expression
    : disjunction ( IF disjunction ELSE expression )?
    | lambdef
    ;

yield_expr
    : YIELD FROM expression
    | YIELD star_expressions?
    ;

lambdef : LAMBDA lambda_params? COLON expression ;
lambda_params : lambda_param_item ( COMMA lambda_param_item )* COMMA? ;
lambda_param_item
    : NAME ( ASSIGN expression )?           # lambdaPlainParam
    | DIV                                   # lambdaSlashParam
    | STAR NAME?                            # lambdaStarParam
    | POWER NAME                            # lambdaKwParam
    ;

disjunction : conjunction ( OR conjunction )* ;
conjunction : inversion ( AND inversion )* ;
inversion   : NOT inversion | comparison ;
comparison  : bitwise_or ( comp_op bitwise_or )* ;
comp_op
    : EQUALS | NOT_EQ_2 | NOT_EQ_1 | LESS_THAN | LT_EQ | GREATER_THAN | GT_EQ
    | IN | NOT IN | IS | IS NOT
    ;

// CPython's bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum and term levels as one left-recursive
// rule (earlier alternatives bind tighter, all left-associative): ANTLR turns it into precedence climbing,
// so an operand costs one parse-tree level instead of six.
bitwise_or
    : bitwise_or op=( STAR | DIV | IDIV | MOD | AT ) bitwise_or
    | bitwise_or op=( ADD | MINUS ) bitwise_or
    | bitwise_or op=( LEFT_SHIFT | RIGHT_SHIFT ) bitwise_or
    | bitwise_or op=AND_OP bitwise_or
    | bitwise_or op=XOR bitwise_or
    | bitwise_or op=OR_OP bitwise_or
    | factor
    ;
factor      : ( ADD | MINUS | NOT_OP ) factor | power ;
power       : primary ( POWER factor )? ;

primary : atom trailer* ;
trailer
    : OPEN_PAREN arguments? CLOSE_PAREN     # callTrailer
    | OPEN_BRACK slices CLOSE_BRACK         # subscriptTrailer
    | DOT NAME                              # attributeTrailer
    ;

slices : slice ( COMMA slice )* COMMA? ;
// Left-factored so that prediction never scans a whole expression: "a", "a:b", ":b", "a:b:c", "*a".
slice
    : STAR bitwise_or
    | named_expression ( COLON expression? ( COLON expression? )? )?
    | COLON expression? ( COLON expression? )?
    ;

atom
    : NAME                                  # nameAtom
    | TRUE                                  # trueAtom
    | FALSE                                 # falseAtom
    | NONE                                  # noneAtom
    | STRING+                               # stringAtom
    | NUMBER                                # numberAtom
    | ELLIPSIS                              # ellipsisAtom
    | OPEN_PAREN yield_expr CLOSE_PAREN     # yieldAtom
    | OPEN_PAREN display? CLOSE_PAREN       # parenAtom
    | OPEN_BRACK display? CLOSE_BRACK       # listAtom
    | OPEN_BRACE brace_display? CLOSE_BRACE # braceAtom
    ;

// The inside of ( ) or [ ]: a group, tuple or list display, or a comprehension. Left-factored: the
// first element is parsed before deciding (prediction never scans a whole expression).
display
    : star_named_expression ( for_if_clauses | ( COMMA star_named_expression )* COMMA? )
    ;

// The inside of { }: a dict or set display, or a dict/set comprehension. Left-factored: the first key
// or element is parsed before deciding between dict and set.
brace_display
    : POWER bitwise_or ( for_if_clauses | dict_tail )                                   # dictFromUnpack
    | STAR bitwise_or set_tail                                                          # setFromStar
    | named_expression ( COLON expression ( for_if_clauses | dict_tail ) | for_if_clauses | set_tail )  # exprBrace
    ;
dict_tail : ( COMMA double_starred_kvpair )* COMMA? ;
set_tail  : ( COMMA star_named_expression )* COMMA? ;

double_starred_kvpair  : POWER bitwise_or | kvpair ;
kvpair                 : expression COLON expression ;

for_if_clauses : for_if_clause+ ;
for_if_clause  : FOR star_targets IN disjunction ( IF disjunction )* ;

// Call arguments in any order; AstBuilder enforces CPython's ordering rules and messages.
arguments : argument ( COMMA argument )* COMMA? ;
// "expr = value" with a non-name on the left is accepted here and rejected by AstBuilder with CPython's
// message; "expr for ..." is a generator expression argument.
argument
    : NAME ASSIGN expression                                    # keywordArg
    | POWER expression                                          # doubleStarArg
    | STAR expression                                           # starArg
    | named_expression ( for_if_clauses | ASSIGN expression )?  # plainArg
    ;
