package org.cryopath.web.archfixture;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

/** Wrong on purpose (ArchitectureTest): a view bean holding a list of values that cannot be serialized. */
@ViewScoped
public class ViewBeanKeepingWhatCannotTravel implements Serializable {

    private static final long serialVersionUID = 1L;

    List<Logger> loggers;
}
