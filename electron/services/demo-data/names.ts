/** Name parts for the ~2,000 generated counterparties of the big demo. */

export const FIRST_NAMES = [
  'José', 'María', 'Juan', 'Guadalupe', 'Luis', 'Ana', 'Carlos', 'Laura', 'Jorge', 'Patricia', 'Miguel', 'Claudia',
  'Andrés', 'Diana', 'Felipe', 'Sandra', 'Alejandro', 'Paola', 'Ricardo', 'Mónica', 'Fernando', 'Verónica', 'Javier',
  'Adriana', 'Héctor', 'Gabriela', 'Óscar', 'Lucía', 'Sergio', 'Natalia', 'Mauricio', 'Beatriz', 'Julián', 'Catalina',
  'Eduardo', 'Marcela', 'Rafael', 'Liliana', 'Camilo', 'Juliana',
] as const;

export const SURNAMES = [
  'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres',
  'Flores', 'Rivera', 'Gómez', 'Díaz', 'Cruz', 'Morales', 'Reyes', 'Gutiérrez', 'Ortiz', 'Ramos', 'Castillo',
  'Jiménez', 'Vargas', 'Mendoza', 'Ruiz', 'Álvarez', 'Castro', 'Romero', 'Herrera', 'Medina', 'Aguilar', 'Rojas',
  'Vega', 'Moreno', 'Muñoz', 'Guerrero', 'Salazar', 'Cardona', 'Restrepo', 'Ospina', 'Arango', 'Zapata', 'Londoño',
  'Jaramillo', 'Quintero', 'Valencia', 'Osorio', 'Villa', 'Betancur', 'Henao', 'Ibarra', 'Ochoa', 'Navarro',
  'Espinoza', 'Cervantes', 'Villaseñor', 'Padilla', 'Ávila', 'Mejía', 'Correa',
] as const;

export const SAINTS = [
  'San Rafael', 'San Juan de Dios', 'Santa María', 'San José', 'San Vicente de Paúl', 'Santa Ana', 'San Lucas',
  'Nuestra Señora del Carmen', 'San Antonio', 'Santa Isabel', 'San Francisco de Asís', 'La Merced', 'San Martín',
  'Santa Teresa', 'San Pedro', 'Santa Lucía', 'San Sebastián', 'La Candelaria', 'San Roque', 'Santa Clara',
] as const;

export const MX_CITIES = [
  ['Guadalajara', 'Jalisco'], ['Zapopan', 'Jalisco'], ['Tlaquepaque', 'Jalisco'], ['Puerto Vallarta', 'Jalisco'],
  ['Tepatitlán', 'Jalisco'], ['Lagos de Moreno', 'Jalisco'], ['Ciudad Guzmán', 'Jalisco'], ['Ocotlán', 'Jalisco'],
  ['León', 'Guanajuato'], ['Celaya', 'Guanajuato'], ['Irapuato', 'Guanajuato'], ['Morelia', 'Michoacán de Ocampo'],
  ['Uruapan', 'Michoacán de Ocampo'], ['Zamora', 'Michoacán de Ocampo'], ['Tepic', 'Nayarit'], ['Colima', 'Colima'],
  ['Manzanillo', 'Colima'], ['Aguascalientes', 'Aguascalientes'], ['Zacatecas', 'Zacatecas'], ['Fresnillo', 'Zacatecas'],
  ['Culiacán', 'Sinaloa'], ['Mazatlán', 'Sinaloa'], ['Monterrey', 'Nuevo León'], ['Toluca', 'México'],
  ['Puebla', 'Puebla'], ['Querétaro', 'Querétaro'], ['San Luis Potosí', 'San Luis Potosí'], ['Mérida', 'Yucatán'],
  ['Oaxaca de Juárez', 'Oaxaca'], ['Tuxtla Gutiérrez', 'Chiapas'], ['Xalapa', 'Veracruz de Ignacio de la Llave'],
  ['Hermosillo', 'Sonora'], ['Chihuahua', 'Chihuahua'], ['Durango', 'Durango'], ['Pachuca', 'Hidalgo'],
  ['Villahermosa', 'Tabasco'], ['Cancún', 'Quintana Roo'], ['Mexicali', 'Baja California'], ['Saltillo', 'Coahuila de Zaragoza'],
  ['Ciudad de México', 'Ciudad de México'],
] as const;

export const CO_MUNICIPALITIES = [
  ['Medellín', 'Antioquia'], ['Bello', 'Antioquia'], ['Itagüí', 'Antioquia'], ['Envigado', 'Antioquia'],
  ['Rionegro', 'Antioquia'], ['Apartadó', 'Antioquia'], ['Turbo', 'Antioquia'], ['Caucasia', 'Antioquia'],
  ['Sabaneta', 'Antioquia'], ['La Estrella', 'Antioquia'], ['Copacabana', 'Antioquia'], ['Girardota', 'Antioquia'],
  ['Marinilla', 'Antioquia'], ['La Ceja', 'Antioquia'], ['Santa Fe de Antioquia', 'Antioquia'], ['Yarumal', 'Antioquia'],
  ['Andes', 'Antioquia'], ['Puerto Berrío', 'Antioquia'], ['Segovia', 'Antioquia'], ['Chigorodó', 'Antioquia'],
  ['Tunja', 'Boyacá'], ['Duitama', 'Boyacá'], ['Sogamoso', 'Boyacá'], ['Chiquinquirá', 'Boyacá'], ['Paipa', 'Boyacá'],
  ['Montería', 'Córdoba'], ['Lorica', 'Córdoba'], ['Sincelejo', 'Sucre'], ['Quibdó', 'Chocó'], ['Manizales', 'Caldas'],
  ['Pereira', 'Risaralda'], ['Armenia', 'Quindío'], ['Bogotá, D.C.', 'Bogotá, D.C.'], ['Cali', 'Valle del Cauca'],
  ['Barranquilla', 'Atlántico'], ['Cartagena de Indias', 'Bolívar'], ['Bucaramanga', 'Santander'], ['Cúcuta', 'Norte de Santander'],
  ['Villavicencio', 'Meta'], ['Neiva', 'Huila'], ['Pasto', 'Nariño'], ['Popayán', 'Cauca'], ['Ibagué', 'Tolima'],
  ['Valledupar', 'Cesar'], ['Santa Marta', 'Magdalena'], ['Riohacha', 'La Guajira'], ['Yopal', 'Casanare'],
  ['Florencia', 'Caquetá'], ['Arauca', 'Arauca'], ['San Andrés', 'San Andrés y Providencia'],
] as const;

export const CO_DEPARTMENTS = [
  'Antioquia', 'Boyacá', 'Córdoba', 'Sucre', 'Chocó', 'Caldas', 'Risaralda', 'Quindío', 'Valle del Cauca', 'Atlántico',
  'Bolívar', 'Santander', 'Norte de Santander', 'Meta', 'Huila', 'Nariño', 'Cauca', 'Tolima', 'Cesar', 'Magdalena',
] as const;

export const EPS_WORDS = ['Salud', 'Vida', 'Bienestar', 'Familiar', 'Comunitaria', 'Integral', 'Unida', 'Solidaria', 'Andina', 'del Pacífico'] as const;
