<#import "/layout.ftl" as layout>
<@layout.page>
¿Quién le llevará a casa?

Estimado/a ${patient.givenName} ${patient.familyName}:

Su cita es el ${fmt.dateTime(appointment.start)}. Después no podrá conducir ni volver solo/a a casa, y solo podemos seguir adelante si un adulto le lleva a casa y se queda con usted.

Díganos quién será:
${escortUrl}

O llámenos y lo anotaremos por usted.
</@layout.page>
