<?xml version="1.0" encoding="UTF-8"?>
<!-- Rangelands and national resources (FRWO, Art. 25 levy): olive fill and outline; Persian labels from 1:1,000,000. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>national_resources</Name>
    <UserStyle>
      <Name>national_resources</Name>
      <Title>Rangelands and national resources / مراتع و منابع ملی (olive)</Title>
      <Abstract>Style of the mining cadastre layer national_resources. Rangelands and national resources (FRWO, Art. 25 levy): olive fill and outline; Persian labels from 1:1,000,000.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>area</Name>
          <Title>Rangeland or national resource</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#808000</CssParameter>
              <CssParameter name="fill-opacity">0.30</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#5C5C00</CssParameter>
              <CssParameter name="stroke-width">1</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label</Name>
          <Title>Persian name (name_fa)</Title>
          <MaxScaleDenominator>1000000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name_fa</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">Noto Sans Arabic</CssParameter>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">11</CssParameter>
              <CssParameter name="font-style">normal</CssParameter>
              <CssParameter name="font-weight">normal</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint>
                  <AnchorPointX>0.5</AnchorPointX>
                  <AnchorPointY>0.5</AnchorPointY>
                </AnchorPoint>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>1.5</Radius>
              <Fill>
                <CssParameter name="fill">#FFFFFF</CssParameter>
                <CssParameter name="fill-opacity">0.85</CssParameter>
              </Fill>
            </Halo>
            <Fill>
              <CssParameter name="fill">#4A4A00</CssParameter>
              <CssParameter name="fill-opacity">1</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
