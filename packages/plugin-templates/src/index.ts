/**
 * Reply templates per stage and category, with variables, short forms and the acknowledgement on receipt.
 *
 * @packageDocumentation
 * @module @aduan/plugin-templates
 */
export { checkTemplate } from './check-template.js';
export { dayInWib } from './format-wib.js';
export { createMemoryTemplateStore } from './memory-template-store.js';
export { fillTemplate, parseTemplate, TEMPLATE_VARIABLES, type TemplatePart, type TemplateVariable } from './template-syntax.js';
export { type TemplateFacts, type TemplateNaming, templateValues } from './template-values.js';
export {
  DEFAULT_CHANNEL_LIMITS,
  type RenderedTemplate,
  TEMPLATE_ACKNOWLEDGED,
  TEMPLATE_USED,
  TEMPLATES_PLUGIN,
  type TemplatesOptions,
  templates,
} from './templates-plugin.js';
