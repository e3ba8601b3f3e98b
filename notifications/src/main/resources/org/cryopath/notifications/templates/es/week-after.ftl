<#import "/layout.ftl" as layout>
<@layout.page>
Una semana después

Estimado/a ${patient.givenName} ${patient.familyName}:

Ha pasado una semana desde su tratamiento. La mayoría de las personas ya se encuentran mucho mejor.
<@layout.items activities/>
Si algo no va bien o todavía tiene dolor, llámenos.
</@layout.page>
