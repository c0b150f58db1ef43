export { TemplatesEditor } from './TemplatesEditor';
