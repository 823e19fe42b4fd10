import { fileURLToPath } from 'node:url';

/** The shipped templates, labels and theme; a module of its own, so a no-op build learns the path without loading zod or Handlebars. */
export const shippedTemplatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));
