<#import "/layout.ftl" as layout>
<@layout.page>
<#if !replacement??>Su cita ha sido cancelada<#else>Su cita tiene una nueva hora</#if>

Estimado/a ${patient.givenName} ${patient.familyName}:

<#if !replacement??>Su cita del ${fmt.dateTime(previous.start)} ha sido cancelada. Nuestro equipo de citas le llamará para explicarle los siguientes pasos.<#else>Su cita del ${fmt.dateTime(previous.start)} ha cambiado. Su nueva cita:
<@layout.appointment replacement/>
La invitación de calendario adjunta actualiza su calendario. Los recordatorios de la hora anterior ya no son válidos.<#if escortUrl??>

Indíquenos de nuevo quién le llevará a casa a la nueva hora (la misma persona u otra):
${escortUrl}</#if></#if>
</@layout.page>
