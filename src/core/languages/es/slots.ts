// Spanish words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotFacts';

export const slots: SlotCues = {
  properties: {
    killed: `muertos muerto muertas murieron fallecidos fallecieron fallecido asesinados víctimas_mortales`,
    injured: `heridos herido heridas lesionados hospitalizados`,
    shot: `baleados disparos`,
    arrested: `detenidos detenido arrestados arrestado`,
    missing: `desaparecidos desaparecido`,
    evacuated: `evacuados evacuadas evacuación`,
    trapped: `atrapados atrapado`,
    rescued: `rescatados rescatado`,
    signed: `firmado firmaron firmantes firmas petición`,
    voted: `votaron votos`,
    jobs: `empleos puestos despidos`,
    sales: `ventas vendió vendidos`,
    revenue: `ingresos facturación`,
    profit: `beneficio beneficios ganancias`,
    loss: `pérdida pérdidas`,
    debt: `deuda deudas`,
    loan: `préstamo préstamos ayuda rescate`,
    price: `precio valor oferta`,
    fine: `multa`,
    sentence: `prisión cárcel condenado`,
    area: `kilómetros_cuadrados`,
    advance: `avanzado`,
    outnumbered: `inferioridad`,
  },
  conjunctions: 'y e o mientras pero',
  subset: 'incluidos incluidas entre',
  victims: 'víctima víctimas',
  shootingWords: 'tiroteo disparos balacera',
  qualifiers: {
    revision: 'corregido revisado inicialmente',
    scope: 'incluido_el_tirador sin_contar',
    later: 'después más_tarde ascendió aumentó subió',
  },
};
