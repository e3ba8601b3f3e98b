<#import "/layout.ftl" as layout>
<@layout.page>
Su cita está reservada

Estimado/a ${patient.givenName} ${patient.familyName}:

Su cita está reservada:
<@layout.appointment appointment/>
La invitación de calendario adjunta la añade a su calendario.

Traiga:
<@layout.items bring/>
Después no podrá conducir ni volver solo/a a casa. Díganos quién le llevará a casa y se quedará con usted:
${escortUrl}
</@layout.page>
