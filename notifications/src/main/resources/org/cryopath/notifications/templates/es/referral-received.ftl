<#import "/layout.ftl" as layout>
<@layout.page>
Hemos recibido su derivación

Estimado/a ${patient.givenName} ${patient.familyName}:

El ${fmt.date(receivedAt)} recibimos una derivación de ${referrerName} en la que nos pide que le atendamos.

Un miembro de nuestro equipo asistencial la revisará y nuestro equipo de citas le llamará por teléfono para organizar los siguientes pasos. No necesita hacer nada por ahora.

Si ha cambiado su número de teléfono o su correo electrónico, llámenos para que podamos localizarle.
</@layout.page>
