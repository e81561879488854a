import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['components', 'entrypoints'];
/** Attributes a user reads or a screen reader says. */
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
/** Text that is no word in any language: symbols, a key's format, an example address. */
const ALLOWED = new Set(['sk-…', 'https://api.example.com/v1']);
const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

function isWords(text: string): boolean {
  const trimmed = text.trim();
  return LETTER.test(trimmed) && !ALLOWED.has(trimmed);
}

/** The strings an expression can render: branches of ?:, && and ||, and template text; a call's own arguments are not shown. */
function renderedLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return renderedLiterals(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return isWords(node.text) ? [node] : [];
  if (ts.isTemplateExpression(node)) {
    const pieces = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    return pieces.some(isWords) ? [node] : node.templateSpans.flatMap((span) => renderedLiterals(span.expression));
  }
  if (ts.isConditionalExpression(node)) return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return renderedLiterals(node.right);
    if (kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.PlusToken) {
      return [...renderedLiterals(node.left), ...renderedLiterals(node.right)];
    }
  }
  return [];
}

/** Every place in a .tsx file where a user would read text that did not come from t(). */
function literalUiStrings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${relative(ROOT, path)}:${line + 1}: ${node.getText(source).trim().slice(0, 80)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) renderedLiterals(node.expression).forEach(report);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) renderedLiterals(value).forEach(report);
      else if (ts.isJsxExpression(value) && value.expression) renderedLiterals(value.expression).forEach(report);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components render no literal text', () => {
  const files = SCANNED.flatMap((dir) => tsxFiles(join(ROOT, dir)));

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('every text node and user-facing attribute in components/ and entrypoints/ comes from t()', () => {
    expect(files.flatMap(literalUiStrings)).toEqual([]);
  });

  it('the check catches literal text, labels and conditional strings', () => {
    const sample = join(ROOT, 'tests/unit/i18n/fixtures/literal-strings.tsx');
    expect(literalUiStrings(sample).map((line) => line.replace(/^.*?:\d+: /, ''))).toEqual([
      'Save',
      '"Close"',
      "'Hide'",
      "'Show'",
      '`Download ${pair}`',
      "'Retry'",
    ]);
  });
});
