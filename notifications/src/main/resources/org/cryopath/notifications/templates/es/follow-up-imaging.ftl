<#import "/layout.ftl" as layout>
<@layout.page>
<#if booked??>Su cita de seguimiento está reservada<#else>Es momento de pedir su cita de seguimiento</#if>

Estimado/a ${patient.givenName} ${patient.familyName}:

<#if booked??>Su prueba de imagen de seguimiento está reservada:
<@layout.appointment booked/><#else>Su plan de cuidados incluye una prueba de imagen de seguimiento antes del ${fmt.day(dueBy)}. Llame a nuestra línea de citas para reservarla.</#if>
</@layout.page>
