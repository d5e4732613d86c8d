package org.hospitalatlas;

import java.util.Arrays;
import org.hospitalatlas.document.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HospitalAtlasApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            // the CLI extractor: no Spring context, no database, no web server
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(HospitalAtlasApplication.class, args);
    }
}
