import { IconHeartHandshake } from '@tabler/icons-react';
import { UnderConstruction } from '../../components/UnderConstruction';

export function AcuerdosScreen() {
  return (
    <UnderConstruction
      title="Acuerdos de pago"
      icon={<IconHeartHandshake size={24} stroke={1.5} />}
      description="Aquí se pactarán y seguirán los acuerdos de pago: pago inicial de al menos 25 %, cuotas mensuales con intereses, plazo máximo según la cuantía, garantía y aceleración tras dos cuotas incumplidas."
    />
  );
}
