import path from 'node:path';
import { projectDir } from '../common/code-location.ts';

/** The shipped templates, labels and theme; a module of its own, so a no-op build learns the path without loading zod or Handlebars. */
export const shippedTemplatesDir = path.join(projectDir, 'templates', path.sep);
