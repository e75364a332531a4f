package org.visitdesk.roster;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the exports use (a workbook may hold only so many, so they are made once). */
final class Styles {

    final CellStyle title;
    final CellStyle big;
    final CellStyle bold;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle date;
    final CellStyle longDate;
    final CellStyle time;
    final CellStyle number;
    final CellStyle warn;
    final CellStyle boxed;
    final CellStyle label;

    Styles(Workbook wb) {
        short dateFmt = wb.createDataFormat().getFormat("yyyy-mm-dd");
        short longDateFmt = wb.createDataFormat().getFormat("dddd, mmmm d, yyyy");
        short timeFmt = wb.createDataFormat().getFormat("hh:mm");

        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font bigFont = wb.createFont();
        bigFont.setBold(true);
        bigFont.setFontHeightInPoints((short) 13);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        big = wb.createCellStyle();
        big.setFont(bigFont);
        big.setVerticalAlignment(VerticalAlignment.CENTER);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        bold.setAlignment(HorizontalAlignment.LEFT);
        label = wb.createCellStyle();
        label.setFont(boldFont);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrap.setWrapText(true);
        date = wb.createCellStyle();
        date.setDataFormat(dateFmt);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setAlignment(HorizontalAlignment.LEFT);
        longDate = wb.createCellStyle();
        longDate.setDataFormat(longDateFmt);
        longDate.setFont(boldFont);
        longDate.setAlignment(HorizontalAlignment.LEFT);
        time = wb.createCellStyle();
        time.setDataFormat(timeFmt);
        time.setVerticalAlignment(VerticalAlignment.TOP);
        time.setAlignment(HorizontalAlignment.LEFT);
        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setAlignment(HorizontalAlignment.LEFT);
        warn = wb.createCellStyle();
        warn.setVerticalAlignment(VerticalAlignment.TOP);
        warn.setWrapText(true);
        warn.setFont(boldFont);
        boxed = wb.createCellStyle();
        boxed.setBorderTop(BorderStyle.THIN);
        boxed.setBorderBottom(BorderStyle.THIN);
        boxed.setBorderLeft(BorderStyle.THIN);
        boxed.setBorderRight(BorderStyle.THIN);
        boxed.setVerticalAlignment(VerticalAlignment.TOP);
        boxed.setWrapText(true);
    }
}
