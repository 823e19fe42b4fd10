import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { label, templatesDir } from '../../theme/labels.ts';
import { themeCss } from './theme-css.ts';

/**
 * One Handlebars environment for every HTML output: all of `templates/partials/*.hbs` registered by file name,
 * `{{label "key" "zh"}}` for the bilingual labels, `{{{themeCss}}}` for the shared theme.
 * Everything else is escaped: source text never becomes markup.
 */
const handlebars = Handlebars.create();

const partialsDir = path.join(templatesDir, 'partials');
for (const name of readdirSync(partialsDir).filter((file) => file.endsWith('.hbs'))) {
  handlebars.registerPartial(path.basename(name, '.hbs'), readFileSync(path.join(partialsDir, name), 'utf8'));
}

handlebars.registerHelper('label', (key: string, lang: 'zh' | 'en') => label(key, lang));
handlebars.registerHelper('themeCss', () => new Handlebars.SafeString(themeCss()));
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
/** A CSS string literal for `content:` in a <style> element, where HTML escaping does not apply: quotes, backslashes, newlines and < escaped. */
handlebars.registerHelper('cssString', (text: string) => `"${String(text).replace(/[\\"\n<]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `)}"`);

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Renders `templates/<name>.hbs` with plain view data prepared by the renderer. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = handlebars.compile(readFileSync(path.join(templatesDir, `${name}.hbs`), 'utf8'), { strict: true });
    compiled.set(name, template);
  }
  return template(view);
}
