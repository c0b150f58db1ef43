/** Public surface of the Facturas feature. */
export { InvoicesList } from './InvoicesList';
export { InvoiceForm } from './InvoiceForm';
export { InvoiceDetail } from './InvoiceDetail';
