/**
 * files.*: an export written to the data folder, handed back to be saved elsewhere.
 */
import { z } from 'zod';
import { read } from './method';
import { requiredText } from './schemas';
import type * as T from './types';

export const filesMethods = {
  /** A file written by an export, to save it elsewhere. */
  'files.read': read<T.StoredFile>()(
    z.object({ fileName: requiredText('El archivo', 200).regex(/^[\w.-]+$/, 'Nombre de archivo no válido') }),
  ),
} as const;
