import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { changeSchema, questionSchema, serviceSchema, studyPageFields } from './lib/schema.ts';
import { numbersFileSchema } from './lib/numbers.ts';
import { glossaryEntrySchema } from './lib/glossary.ts';

export const collections = {
  /** Study pages: Starlight's frontmatter plus domain, tasks, services, sources, lastVerified. */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: studyPageFields(reference('services')) }) }),
  /** One YAML file per AWS service; the file name is the id pages use in `services:`. */
  services: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './src/content/services' }), schema: serviceSchema }),
  /** Limits, quotas and defaults, one YAML file per service or topic; pages cite them as :num[file.key]. */
  numbers: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/numbers' }), schema: numbersFileSchema }),
  /** Terms with a one-line definition and the page that teaches them (one file, keyed by id). */
  glossary: defineCollection({ loader: file('./src/content/glossary.yaml'), schema: glossaryEntrySchema }),
  /** Changes to defaults and features (one file, keyed by id), listed with service renames and closures. */
  changes: defineCollection({ loader: file('./src/content/changes.yaml'), schema: changeSchema }),
  /** One YAML file per scenario question, in a folder named after its domain. */
  questions: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './src/content/questions' }), schema: questionSchema }),
};
