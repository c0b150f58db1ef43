/** Free letters: staff write the body; the default only frames `texto`. */
import type { LetterTemplate } from '../engine';

export const oficio_libre: LetterTemplate = {
  asunto: 'Comunicado',
  body: `{{ texto }}

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const memorandum_libre: LetterTemplate = {
  asunto: 'Comunicado interno',
  body: `{{ texto }}

Sin otro particular por el momento, le envío un cordial saludo.`,
};
