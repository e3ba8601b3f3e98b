package org.cryopath.web.interfaces.faces.support;

import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * An application service for a view- or session-scoped bean that another instance has just deserialized. Sessions
 * travel between instances through the data grid ({@code <distributable/>}), but an EJB reference cannot: it names
 * its container by an id each instance makes up when it deploys CryoPath, so the other instance would not find it.
 * Such a bean keeps its {@code @EJB} field transient and, in {@code readObject}, puts this in its place: a stand-in
 * that looks the service up on its first call, inside a request, where CDI always answers (while the session is
 * being read, it may not yet).
 */
public final class ServiceReference {

    private ServiceReference() {
    }

    public static <T> T lookedUpOnFirstUse(Class<T> service) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                new LookUpOnFirstUse<>(service)));
    }

    private static final class LookUpOnFirstUse<T> implements InvocationHandler {

        private final Class<T> service;
        private T reference;

        LookUpOnFirstUse(Class<T> service) {
            this.service = service;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "ServiceReference[" + service.getName() + "]";
                };
            }
            synchronized (this) {
                if (reference == null) {
                    reference = CDI.current().select(service).get();
                }
            }
            try {
                return method.invoke(reference, arguments);
            } catch (InvocationTargetException e) {
                // the service's own exception (a DomainException, an EJBException), as a direct call throws it
                throw e.getCause();
            }
        }
    }
}
