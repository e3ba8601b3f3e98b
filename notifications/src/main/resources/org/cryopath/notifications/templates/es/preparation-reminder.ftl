<#import "/layout.ftl" as layout>
<@layout.page>
Su cita es dentro de una semana

Estimado/a ${patient.givenName} ${patient.familyName}:

Su cita es el ${fmt.dateTime(appointment.start)}. Parte de su preparación empieza ahora:
<@layout.steps startingNow/>
<#if labs?has_content>
Pruebas que debe hacerse antes de la cita:
<@layout.items labs/>
</#if>
<#if acknowledgeUrl??>Sus instrucciones completas: ${acknowledgeUrl}</#if>
</@layout.page>
