<#import "/layout.ftl" as layout>
<@layout.page>
<#if revised>Su preparación ha cambiado<#else>Cómo prepararse para su cita</#if>

Estimado/a ${patient.givenName} ${patient.familyName}:

<#if revised>Su equipo asistencial ha cambiado su preparación. Estas instrucciones sustituyen a las que le enviamos antes.<#else>Su equipo asistencial ha preparado estas instrucciones para usted.</#if><#if sessionStart??> Su cita es el ${fmt.dateTime(sessionStart)}.</#if><#if earliestDate??> El procedimiento puede hacerse a partir del ${fmt.day(earliestDate)}: nuestro equipo de citas le llamará para reservarlo. Cuente los días indicados hacia atrás desde el día del procedimiento.</#if>

<#if sessionStart??>Sígalas en estas fechas:<#else>Sígalas así:</#if>
<@layout.steps steps/>

Confirme que las ha leído:
${acknowledgeUrl}

Si tiene dudas sobre alguno de sus medicamentos, llámenos antes de cambiar nada.
</@layout.page>
