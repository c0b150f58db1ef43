/**
 * Free letters: staff write the asunto and the body; the default only frames
 * `texto` with the closing, unless the text already ends with one.
 */
import type { LetterTemplate } from '../engine';

const BODY = `{{ texto }}
{% unless texto contains "Sin otro particular" %}
Sin otro particular por el momento, le envío un cordial saludo.{% endunless %}`;

export const oficio_libre: LetterTemplate = { asunto: '{{ asunto }}', body: BODY };

export const memorandum_libre: LetterTemplate = { asunto: '{{ asunto }}', body: BODY };
