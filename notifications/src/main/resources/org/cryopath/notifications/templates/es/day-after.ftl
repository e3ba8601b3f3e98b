<#import "/layout.ftl" as layout>
<@layout.page>
¿Cómo se encuentra hoy?

Estimado/a ${patient.givenName} ${patient.familyName}:

Esperamos que su recuperación haya empezado bien. En los primeros días es normal:
<@layout.items expected/>
Llámenos enseguida, de día o de noche, al ${urgentPhone!clinic.phone} si tiene:
<@layout.items warningSigns/>
En una urgencia, llame al número de emergencias.
</@layout.page>
