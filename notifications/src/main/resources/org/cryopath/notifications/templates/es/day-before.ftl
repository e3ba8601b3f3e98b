<#import "/layout.ftl" as layout>
<@layout.page>
Su cita es mañana

Estimado/a ${patient.givenName} ${patient.familyName}:

<@layout.appointment appointment/>
<#if solidFoodUntil??>Última comida: ${fmt.dateTime(solidFoodUntil)}
</#if><#if clearFluidsUntil??>Últimos líquidos claros (agua, zumo sin pulpa, té o café solos): ${fmt.dateTime(clearFluidsUntil)}
</#if>
<#if escortName??>${escortName} le llevará a casa. Asegúrese de que podamos localizarle por teléfono.<#else>Aún no tenemos anotado quién le llevará a casa. Llámenos hoy, por favor.</#if>

Traiga:
<@layout.items bring/>
</@layout.page>
