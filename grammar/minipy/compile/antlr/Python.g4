/*
 * Python 3.11 subset for minipy.
 *
 * Rule names follow CPython 3.8's LL(1) Grammar/Grammar (if_stmt, testlist_comp, atom, ...), with
 * the later relaxations: any expression as a decorator (3.9), parenthesized with-items (3.9),
 * starred for-iterables (3.9). Arithmetic is one left-recursive `expr` rule (bitwise-or level and
 * tighter) so an atom does not sit under ten single-child rule contexts.
 *
 * Pure grammar, no actions. Two things happen outside it, in Java:
 *  - minipy.compile.IndentingTokenSource drops NEWLINE inside brackets and after blank or
 *    comment-only lines, turns leading whitespace into INDENT/DEDENT, and reports tokenizer errors
 *    (unterminated strings, unclosed or unmatched brackets, stray characters).
 *  - minipy.compile.AstBuilder checks what this grammar deliberately accepts too loosely, as
 *    CPython's LL(1) grammar did: assignment targets, parameter order, argument order.
 * Rules whose alternatives are each one sub-rule or one token (stmt, simple_stmt, augassign,
 * comp_op, ...) are plain dispatch and carry no labels; every other multi-alternative rule labels
 * its alternatives, so the AST builder has one visitor method per construct.
 *
 * The package is derived by antlr4-maven-plugin from this file's folder (minipy/compile/antlr).
 * Generated code is never edited or committed.
 */
grammar Python;

tokens { INDENT, DEDENT, MATCH, CASE }

// ---- entry points ------------------------------------------------------------------------------

file_input : (NEWLINE | stmt)* EOF ;
// eval() input; also f-string fields, which are parsed as "(text)".
eval_input : testlist NEWLINE* EOF ;

// ---- statements --------------------------------------------------------------------------------

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE ;

simple_stmt
    : expr_stmt | del_stmt | pass_stmt | break_stmt | continue_stmt | return_stmt | raise_stmt
    | yield_stmt | global_stmt | nonlocal_stmt | import_stmt | assert_stmt
    ;

// The target is parsed as an expression and checked by the AST builder, as CPython does.
expr_stmt : testlist_star_expr assign_part? ;

assign_part
    : ':' annotation=test ('=' annotated_rhs)?    # AnnAssignPart
    | op=augassign annotated_rhs                  # AugAssignPart
    | ('=' annotated_rhs)+                        # AssignPart
    ;

annotated_rhs : yield_expr | testlist_star_expr ;

augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

del_stmt      : 'del' exprlist ;
pass_stmt     : 'pass' ;
break_stmt    : 'break' ;
continue_stmt : 'continue' ;
return_stmt   : 'return' testlist_star_expr? ;
raise_stmt    : 'raise' (exc=test ('from' cause=test)?)? ;
yield_stmt    : yield_expr ;
global_stmt   : 'global' NAME (',' NAME)* ;
nonlocal_stmt : 'nonlocal' NAME (',' NAME)* ;
assert_stmt   : 'assert' test (',' msg=test)? ;

import_stmt : import_name | import_from ;
import_name : 'import' dotted_as_names ;
// '...' is one token, so "from ... import x" counts three levels.
import_from
    : 'from' (dots+=('.' | '...'))* dotted_name 'import' import_targets    # FromModuleImport
    | 'from' (dots+=('.' | '...'))+ 'import' import_targets                # FromPackageImport
    ;
import_targets
    : '*'                                       # ImportStar
    | '(' import_as_names ','? ')'              # ImportParenNames
    | import_as_names                           # ImportNames
    ;
import_as_name  : name=NAME ('as' asname=NAME)? ;
dotted_as_name  : dotted_name ('as' asname=NAME)? ;
import_as_names : import_as_name (',' import_as_name)* ;
dotted_as_names : dotted_as_name (',' dotted_as_name)* ;
dotted_name     : NAME ('.' NAME)* ;

compound_stmt
    : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated | match_stmt | async_stmt
    ;

async_stmt    : 'async' (funcdef | with_stmt | for_stmt) ;

// match/case are soft keywords: IndentingTokenSource turns the NAME into MATCH/CASE when it starts
// a logical line that ends with ':'.
match_stmt : MATCH subject=testlist_star_expr ':' NEWLINE INDENT case_block+ DEDENT ;
case_block : CASE patterns ('if' guard=namedexpr_test)? ':' block ;
patterns   : pattern_item (',' pattern_item)* ','? ;
pattern_item
    : '*' NAME                                  # StarPattern
    | pattern                                   # PlainPattern
    ;
pattern    : or_pattern ('as' NAME)? ;
or_pattern : closed_pattern ('|' closed_pattern)* ;
closed_pattern
    : neg='-'? NUMBER (sign=('+' | '-') imag=NUMBER)?          # NumberPattern
    | STRING+                                                   # StringPattern
    | 'None'                                                    # NonePattern
    | 'True'                                                    # TruePattern
    | 'False'                                                   # FalsePattern
    | NAME ('.' NAME)* '(' (pattern_arg (',' pattern_arg)* ','?)? ')'   # ClassPattern
    | NAME ('.' NAME)+                                          # ValuePattern
    | NAME                                                      # CapturePattern
    | '(' ')'                                                   # EmptyTuplePattern
    | '(' pattern ')'                                           # GroupPattern
    | '(' pattern_item ',' (pattern_item (',' pattern_item)*)? ','? ')'   # TuplePattern
    | '[' (pattern_item (',' pattern_item)* ','?)? ']'          # ListPattern
    | '{' (mapping_item (',' mapping_item)* ','?)? '}'          # MappingPattern
    ;
pattern_arg
    : NAME '=' pattern                          # KeywordPatternArg
    | pattern                                   # PositionalPatternArg
    ;
mapping_item
    : '**' NAME                                 # RestMappingItem
    | key=closed_pattern ':' pattern            # KeyMappingItem
    ;

if_stmt       : 'if' namedexpr_test ':' block elif_clause* else_block? ;
elif_clause   : 'elif' namedexpr_test ':' block ;
else_block    : 'else' ':' block ;
while_stmt    : 'while' namedexpr_test ':' block else_block? ;
for_stmt      : 'for' exprlist 'in' testlist_star_expr ':' block else_block? ;
try_stmt      : 'try' ':' block (except_clause+ else_block? finally_block? | finally_block) ;
except_clause : 'except' (star='*')? (test ('as' name=NAME)?)? ':' block ;
finally_block : 'finally' ':' block ;

// "with (a, b):" matches both alternatives; the first wins, giving two items as in CPython.
with_stmt
    : 'with' '(' with_item (',' with_item)* ','? ')' ':' block    # ParenWithStmt
    | 'with' with_item (',' with_item)* ':' block                 # PlainWithStmt
    ;
with_item : test ('as' target=expr)? ;

decorated : decorator+ (classdef | funcdef | async_funcdef) ;
async_funcdef : 'async' funcdef ;
decorator : '@' namedexpr_test NEWLINE ;

// Annotations and the return annotation are parsed and dropped by the AST builder.
funcdef       : 'def' name=NAME parameters ('->' ret=test)? ':' block ;
parameters    : '(' typedargslist? ')' ;
typedargslist : typedarg (',' typedarg)* ','? ;
typedarg
    : tfpdef ('=' test)?        # PlainParam
    | '*' tfpdef?               # StarParam
    | '**' tfpdef               # DoubleStarParam
    | '/'                       # SlashParam
    ;
tfpdef : name=NAME (':' test)? ;

classdef : 'class' name=NAME ('(' arglist? ')')? ':' block ;

block
    : simple_stmts                       # InlineBlock
    | NEWLINE INDENT stmt+ DEDENT        # IndentedBlock
    ;

// ---- expressions -------------------------------------------------------------------------------

lambdef    : 'lambda' varargslist? ':' test ;
varargslist : vararg (',' vararg)* ','? ;
vararg
    : name=NAME ('=' test)?     # PlainLambdaParam
    | '*' name=NAME?            # StarLambdaParam
    | '**' name=NAME            # DoubleStarLambdaParam
    | '/'                       # SlashLambdaParam
    ;

// Walrus: the AST builder checks that the target is a plain name.
namedexpr_test : test (':=' value=test)? ;

test
    : or_test ('if' cond=or_test 'else' orelse=test)?    # CondTest
    | lambdef                                             # LambdaTest
    ;

or_test  : and_test ('or' and_test)* ;
and_test : not_test ('and' not_test)* ;
not_test
    : op='not' not_test          # NotTest
    | comparison                 # ComparisonTest
    ;
comparison : expr (comp_op expr)* ;
comp_op    : '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not' ;
star_expr  : op='*' expr ;

// Earlier alternatives bind tighter. ** binds tighter than a unary operator on its left but
// accepts one on its right (-2**2 == -4, 2**-1), which falls out of ANTLR's prefix handling.
expr
    : atom                                                   # AtomExpr
    | expr '.' name=NAME                                     # AttributeExpr
    | expr op='(' arglist? ')'                               # CallExpr
    | expr op='[' subscriptlist ']'                          # SubscriptExpr
    | 'await' expr                                           # AwaitExpr
    | <assoc=right> expr op='**' expr                        # PowerExpr
    | op=('+' | '-' | '~') expr                              # UnaryExpr
    | expr op=('*' | '@' | '/' | '%' | '//') expr            # TermExpr
    | expr op=('+' | '-') expr                               # ArithExpr
    | expr op=('<<' | '>>') expr                             # ShiftExpr
    | expr op='&' expr                                       # BitAndExpr
    | expr op='^' expr                                       # BitXorExpr
    | expr op='|' expr                                       # BitOrExpr
    ;

atom
    : op='(' (yield_expr | testlist_comp)? ')'     # ParenAtom
    | op='[' testlist_comp? ']'                    # ListAtom
    | op='{' dictorsetmaker? '}'                   # DictOrSetAtom
    | NAME                                         # NameAtom
    | NUMBER                                       # NumberAtom
    | STRING+                                      # StringAtom
    | '...'                                        # EllipsisAtom
    | 'None'                                       # NoneAtom
    | 'True'                                       # TrueAtom
    | 'False'                                      # FalseAtom
    ;

// Contents of (...) and [...]: one element, a comprehension, or a comma list.
testlist_comp : (namedexpr_test | star_expr) (comp_for | (',' (namedexpr_test | star_expr))* ','?) ;

subscriptlist : subscript (',' subscript)* ','? ;
subscript
    : namedexpr_test                                                # IndexSubscript
    | lower=test? ':' upper=test? (':' step=test?)?                 # SliceSubscript
    ;

exprlist           : (expr | star_expr) (',' (expr | star_expr))* ','? ;
testlist           : test (',' test)* ','? ;
testlist_star_expr : (test | star_expr) (',' (test | star_expr))* ','? ;

dictorsetmaker
    : dict_item (comp_for | (',' dict_item)* ','?)                                        # DictMaker
    | (namedexpr_test | star_expr) (comp_for | (',' (namedexpr_test | star_expr))* ','?)   # SetMaker
    ;
dict_item
    : key=test ':' value=test        # KeyValueItem
    | '**' expr                      # DoubleStarItem
    ;

arglist : argument (',' argument)* ','? ;
argument
    : name=NAME '=' test                 # KeywordArgument
    | '*' test                           # StarArgument
    | '**' test                          # DoubleStarArgument
    | namedexpr_test comp_for?           # PositionalArgument
    ;

// One or more "for ... in ... [if ...]*" clauses of a comprehension.
comp_for    : comp_clause+ ;
comp_clause : 'async'? 'for' exprlist 'in' or_test ('if' or_test)* ;

yield_expr
    : 'yield' 'from' test                # YieldFromExpr
    | 'yield' testlist_star_expr?        # YieldValueExpr
    ;

// ---- lexer -------------------------------------------------------------------------------------
// Keywords and most operators are the literals used above. The tokens IndentingTokenSource looks
// at have names.

NEWLINE : '\r'? '\n' | '\r' ;

LPAR   : '(' ;
RPAR   : ')' ;
LSQB   : '[' ;
RSQB   : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;

STRING : STRING_PREFIX? (SHORT_STRING | LONG_STRING) ;

NUMBER : DEC_INTEGER | HEX_INTEGER | OCT_INTEGER | BIN_INTEGER | FLOAT_NUMBER | IMAG_NUMBER ;

// Any non-ASCII character may appear in a NAME here; IndentingTokenSource checks those names
// against the Unicode identifier rules (and reports "invalid character" otherwise). Spelling out
// XID_Start/XID_Continue in the lexer doubles its start-up cost, paid at every program start.
NAME : ID_START ID_CONTINUE* ;

// An opening quote without its closing one. Never reaches the parser: the token source reports
// it. The bodies cannot run past a closing quote, so a complete STRING is always the longer match.
UNTERMINATED_STRING
    : STRING_PREFIX? ('\'' (STRING_ESCAPE | ~[\\\r\n'])* | '"' (STRING_ESCAPE | ~[\\\r\n"])*)
    ;
UNTERMINATED_LONG_STRING
    : STRING_PREFIX? ('\'\'\'' (STRING_ESCAPE | ~[\\'] | '\'' ~[\\'] | '\'\'' ~[\\'])*
                    | '"""' (STRING_ESCAPE | ~[\\"] | '"' ~[\\"] | '""' ~[\\"])*)
    ;

COMMENT   : '#' ~[\r\n]* -> skip ;
WS        : [ \t\f]+ -> skip ;
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> skip ;

// Any other ASCII character: a stray '$', '?' or '!', a backslash not ending a line.
ERROR_CHAR : . ;

fragment STRING_PREFIX : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR] ;
fragment SHORT_STRING
    : '\'' (STRING_ESCAPE | ~[\\\r\n'])* '\''
    | '"' (STRING_ESCAPE | ~[\\\r\n"])* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\''
    | '"""' (STRING_ESCAPE | ~'\\')*? '"""'
    ;
fragment STRING_ESCAPE : '\\' ('\r\n' | .) ;

fragment DEC_INTEGER  : [1-9] ('_'? DIGIT)* | '0'+ ('_'? '0')* ;
fragment HEX_INTEGER  : '0' [xX] ('_'? [0-9a-fA-F])+ ;
fragment OCT_INTEGER  : '0' [oO] ('_'? [0-7])+ ;
fragment BIN_INTEGER  : '0' [bB] ('_'? [01])+ ;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment IMAG_NUMBER  : (FLOAT_NUMBER | DIGIT_PART) [jJ] ;
fragment POINT_FLOAT  : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART ;
fragment DIGIT_PART   : DIGIT ('_'? DIGIT)* ;
fragment DIGIT        : [0-9] ;

fragment ID_START    : [_a-zA-Z\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [_a-zA-Z0-9\u0080-\u{10FFFF}] ;
