/**
 * ESLint rule quire/no-ui-literal: text a user sees or hears in the pages comes from
 * _locales through t(), never from a literal. Flags JSX text with a letter in it, string
 * children such as {'Save'}, and string values of the attributes that are read or shown
 * (aria-label, title, placeholder, alt …). Symbols and punctuation (·, ×, —) may stay.
 */
const SHOWN_ATTRIBUTES = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'label',
  'placeholder',
  'title',
]);

const HAS_LETTER = /\p{L}/u;

/** The literal text of a string or template expression, or null when it is not one. */
function literalText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
  if (node.type === 'ConditionalExpression') return [literalText(node.consequent), literalText(node.alternate)].join(' ');
  if (node.type === 'LogicalExpression') return literalText(node.right) ?? '';
  return null;
}

const MESSAGE = 'User-facing text "{{text}}": put it in _locales/en and show it with t(\'key\').';

export default {
  meta: { type: 'problem', docs: { description: 'user-facing strings come from _locales' }, schema: [] },
  create(context) {
    const report = (node, text) => {
      if (text && HAS_LETTER.test(text)) context.report({ node, message: MESSAGE, data: { text: text.trim().slice(0, 40) } });
    };
    return {
      JSXText: (node) => report(node, node.value),
      JSXExpressionContainer(node) {
        if (node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment') report(node, literalText(node.expression));
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !SHOWN_ATTRIBUTES.has(name) || !node.value) return;
        report(node, node.value.type === 'Literal' ? node.value.value : literalText(node.value.expression));
      },
    };
  },
};
